package catalog

import (
	"go/token"
	"go/types"
	"testing"
)

// TestFreshID checks the fresh-id catalog by package path and name: the
// generators, the wrapper, a function of the same name in another
// package, and a method of the same name.
func TestFreshID(t *testing.T) {
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	fn := func(path, name string) *types.Func {
		return types.NewFunc(token.NoPos, types.NewPackage(path, "p"), name, sig)
	}
	uuid := types.NewPackage("github.com/google/uuid", "uuid")
	recv := types.NewVar(token.NoPos, uuid, "u", types.NewNamed(types.NewTypeName(token.NoPos, uuid, "UUID", nil), types.Typ[types.Int], nil))
	method := types.NewFunc(token.NoPos, uuid, "New", types.NewSignatureType(recv, nil, nil, nil, nil, false))
	for _, tc := range []struct {
		fn           *types.Func
		fresh, wraps bool
	}{
		{fn("github.com/google/uuid", "New"), true, false},
		{fn("github.com/google/uuid", "NewString"), true, false},
		{fn("github.com/google/uuid", "Must"), false, true},
		{fn("github.com/google/uuid", "Parse"), false, false},
		{fn("go.mongodb.org/mongo-driver/bson/primitive", "NewObjectID"), true, false},
		{fn("github.com/oklog/ulid/v2", "MustNew"), true, false},
		{fn("example.com/uuid", "New"), false, false},
		{method, false, false},
		{nil, false, false},
	} {
		if got := FreshID(tc.fn); got != tc.fresh {
			t.Errorf("FreshID(%v) = %v, want %v", tc.fn, got, tc.fresh)
		}
		if got := FreshWrapper(tc.fn); got != tc.wraps {
			t.Errorf("FreshWrapper(%v) = %v, want %v", tc.fn, got, tc.wraps)
		}
	}
}
