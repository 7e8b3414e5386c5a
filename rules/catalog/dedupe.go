package catalog

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode"
)

// This file is the catalog of what a consumer's guard against a second
// delivery is made of: a claim (a write that succeeds once per key:
// Redis SETNX; an insert with ON CONFLICT DO NOTHING, which sqltables
// reads) and a test of a duplicate-key error, by which code treats a
// unique violation as "already done"; and what repeats when done twice:
// the RPC methods whose names say they make something new.

// dupKeyObjects are the functions, variables and constants whose use
// tests an error for a duplicate key, by the full name go/types gives
// the object (its package path and name).
var dupKeyObjects = map[string]bool{
	"go.mongodb.org/mongo-driver/mongo.IsDuplicateKeyError":    true,
	"go.mongodb.org/mongo-driver/v2/mongo.IsDuplicateKeyError": true,
	"gorm.io/gorm.ErrDuplicatedKey":                            true,
	"github.com/jackc/pgerrcode.UniqueViolation":               true,
}

// IsDupKeyObject reports whether using obj tests an error for a duplicate
// key (mongo.IsDuplicateKeyError, gorm.ErrDuplicatedKey,
// pgerrcode.UniqueViolation).
func IsDupKeyObject(obj types.Object) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	return dupKeyObjects[obj.Pkg().Path()+"."+obj.Name()]
}

// dupKeyFields are the error types' fields that hold the server's error
// code, and the code of a unique violation: Postgres' SQLSTATE 23505
// (pgconn.PgError.Code, pq.Error.Code), MySQL's 1062
// (mysql.MySQLError.Number), MongoDB's 11000 (mongo.WriteError.Code).
var dupKeyFields = map[string]constant.Value{
	"github.com/jackc/pgconn.PgError.Code":             constant.MakeString("23505"),
	"github.com/jackc/pgx/v5/pgconn.PgError.Code":      constant.MakeString("23505"),
	"github.com/lib/pq.Error.Code":                     constant.MakeString("23505"),
	"github.com/go-sql-driver/mysql.MySQLError.Number": constant.MakeUint64(1062),
	// MongoDB's E11000 duplicate key error, in a write's or a command's error.
	"go.mongodb.org/mongo-driver/mongo.WriteError.Code":      constant.MakeInt64(11000),
	"go.mongodb.org/mongo-driver/mongo.CommandError.Code":    constant.MakeInt64(11000),
	"go.mongodb.org/mongo-driver/v2/mongo.WriteError.Code":   constant.MakeInt64(11000),
	"go.mongodb.org/mongo-driver/v2/mongo.CommandError.Code": constant.MakeInt64(11000),
}

// IsDupKeyCode reports whether comparing field f of recv (the type the
// field is selected on) with the constant v tests for a duplicate key:
// pgErr.Code == "23505", myErr.Number == 1062.
func IsDupKeyCode(recv types.Type, f *types.Var, v constant.Value) bool {
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || v == nil {
		return false
	}
	want, ok := dupKeyFields[named.Obj().Pkg().Path()+"."+named.Obj().Name()+"."+f.Name()]
	if !ok {
		return false
	}
	if want.Kind() == constant.String && v.Kind() == constant.String {
		return constant.StringVal(want) == constant.StringVal(v)
	}
	return constant.Compare(constant.ToInt(want), token.EQL, constant.ToInt(v))
}

// DeduplicatorPath is watermill's router middleware package, whose
// Deduplicator drops a message whose key its Repository has seen.
const DeduplicatorPath = "github.com/ThreeDotsLabs/watermill/message/router/middleware"

// IsDeduplicatorMiddleware reports whether fn is watermill's
// (*middleware.Deduplicator).Middleware: a router or handler that uses it
// drops messages seen before.
func IsDeduplicatorMiddleware(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != DeduplicatorPath || fn.Name() != "Middleware" {
		return false
	}
	recv := fn.Signature().Recv()
	return recv != nil && IsNamed(recv.Type(), DeduplicatorPath, "Deduplicator")
}

// IsInMemoryKeyRepository reports whether fn makes a Deduplicator
// repository that keeps its keys in the process' memory
// (middleware.NewMapExpiringKeyRepository): it forgets them on a restart
// and does not see another instance's.
func IsInMemoryKeyRepository(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == DeduplicatorPath && fn.Name() == "NewMapExpiringKeyRepository"
}

// repeatingVerbs are the verbs that start the name of an RPC method that
// makes something new each time it is called: a second CreateOrder makes
// a second order, a second Charge charges again. A method named
// otherwise (Get, List, Update, Set, Delete, Cancel...) is taken to be
// idempotent, as Google's API design guide has it, or its repetition not
// to be told.
var repeatingVerbs = []string{"Add", "Append", "Book", "Capture", "Charge", "Create", "Credit", "Debit", "Decrement", "Deposit",
	"Emit", "Enqueue", "Increment", "Insert", "Issue", "Notify", "Pay", "Place", "Post", "Publish", "Push", "Refund",
	"Reserve", "Send", "Submit", "Transfer", "Withdraw"}

// RepeatingRPC returns the verb that starts an RPC method's name when a
// second call makes something again ("Create" for "CreateOrder",
// "Charge" for "Charge"), or "".
func RepeatingRPC(method string) string {
	for _, v := range repeatingVerbs {
		rest, ok := strings.CutPrefix(method, v)
		if ok && (rest == "" || unicode.IsUpper(rune(rest[0])) || unicode.IsDigit(rune(rest[0]))) {
			return v
		}
	}
	return ""
}
