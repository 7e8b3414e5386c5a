package catalog

import (
	"go/constant"
	"go/token"
	"go/types"
	"testing"
)

func TestDupKey(t *testing.T) {
	obj := func(path, name string) types.Object {
		return types.NewVar(token.NoPos, types.NewPackage(path, "p"), name, types.Typ[types.String])
	}
	for _, tc := range []struct {
		obj  types.Object
		want bool
	}{
		{obj("gorm.io/gorm", "ErrDuplicatedKey"), true},
		{obj("go.mongodb.org/mongo-driver/mongo", "IsDuplicateKeyError"), true},
		{obj("go.mongodb.org/mongo-driver/v2/mongo", "IsDuplicateKeyError"), true},
		{obj("github.com/jackc/pgerrcode", "UniqueViolation"), true},
		{obj("gorm.io/gorm", "ErrRecordNotFound"), false},
		{obj("example.com/errs", "ErrDuplicatedKey"), false},
	} {
		if got := IsDupKeyObject(tc.obj); got != tc.want {
			t.Errorf("IsDupKeyObject(%s.%s) = %v", tc.obj.Pkg().Path(), tc.obj.Name(), got)
		}
	}
	errType := func(path, name, field string, typ types.Type) (types.Type, *types.Var) {
		f := types.NewField(token.NoPos, nil, field, typ, false)
		tn := types.NewTypeName(token.NoPos, types.NewPackage(path, "p"), name, nil)
		return types.NewPointer(types.NewNamed(tn, types.NewStruct([]*types.Var{f}, nil), nil)), f
	}
	pg, code := errType("github.com/jackc/pgx/v5/pgconn", "PgError", "Code", types.Typ[types.String])
	my, number := errType("github.com/go-sql-driver/mysql", "MySQLError", "Number", types.Typ[types.Uint16])
	other, otherCode := errType("example.com/db", "PgError", "Code", types.Typ[types.String])
	mongoWrite, mongoCode := errType("go.mongodb.org/mongo-driver/mongo", "WriteError", "Code", types.Typ[types.Int])
	for _, tc := range []struct {
		recv types.Type
		f    *types.Var
		v    constant.Value
		want bool
	}{
		{pg, code, constant.MakeString("23505"), true},
		{pg, code, constant.MakeString("23503"), false},
		{my, number, constant.MakeInt64(1062), true},
		{my, number, constant.MakeInt64(1213), false},
		{other, otherCode, constant.MakeString("23505"), false},
		{mongoWrite, mongoCode, constant.MakeInt64(11000), true},
		{mongoWrite, mongoCode, constant.MakeInt64(112), false},
		{pg, code, nil, false},
	} {
		if got := IsDupKeyCode(tc.recv, tc.f, tc.v); got != tc.want {
			t.Errorf("IsDupKeyCode(%s, %s, %v) = %v", tc.recv, tc.f.Name(), tc.v, got)
		}
	}
}

// TestRepeatingRPC checks the RPC methods whose names say that a second
// call makes something again, and look-alikes that do not.
func TestRepeatingRPC(t *testing.T) {
	for method, want := range map[string]string{
		"CreateOrder": "Create", "Charge": "Charge", "SendEmail": "Send", "PlaceOrder": "Place", "AddItem": "Add", "Refund2": "Refund",
		"GetOrder": "", "UpdateOrder": "", "Addresses": "", "Created": "", "ListCharges": "", "Sender": "", "DeleteItem": "",
	} {
		if got := RepeatingRPC(method); got != want {
			t.Errorf("RepeatingRPC(%q) = %q, want %q", method, got, want)
		}
	}
}
