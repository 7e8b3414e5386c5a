package catalog

import (
	"go/constant"
	"go/types"
	"slices"
	"strings"
)

// This file is ent's generated code (entgo.io/ent), recognised by its
// shape, since its import path is the program's own: a package P is
// ent-generated when it imports ent's runtime (EntPaths). For each entity
// X, P declares the client XClient and the builders XQuery, XSelect,
// XGroupBy, XCreate, XCreateBulk, XUpdate, XUpdateOne, XDelete,
// XDeleteOne, XUpsertOne and XUpsertBulk, and imports the package
// P/lower(X), whose untyped string constants Label and Table name the
// entity and its SQL table ("user" and "users"). A builder's exported
// methods that take a context.Context first run the statement: All,
// Only, Count, Exist, IDs, Scan, Strings, Save, Exec and their X
// variants; of the client, Get and GetX read. The builders that only
// chain (Where, Limit, SetName, QueryPets) take no context. P's Open
// (driverName, dataSourceName) opens the database like sql.Open.

// EntPaths are the import paths of ent's runtime that a generated package
// imports: its aliases of ent's types, and the SQL dialect it builds with.
var EntPaths = []string{"entgo.io/ent", "entgo.io/ent/dialect/sql"}

// The suffixes of the builder types entc generates for each entity, by
// whether their statements read or write.
var (
	entReads  = []string{"Query", "Select", "GroupBy"}
	entWrites = []string{"CreateBulk", "Create", "UpdateOne", "Update", "DeleteOne", "Delete", "UpsertOne", "UpsertBulk"}
)

// An EntOp is what a call of ent's generated code does: it reads or
// writes the SQL table of one entity.
type EntOp struct {
	Table string
	Write bool
}

// EntOpOf returns what a call of the method fn on a value of type recv
// does, when recv (or what it points to) is a builder or a client of an
// ent-generated package and fn one of its methods that run the statement:
// (*UserQuery).All reads users, (*UserCreate).Save writes it,
// (*UserClient).Get reads it. recv is the type the call selects the method
// on, which for a method promoted from an embedded field (UserSelect's
// Strings) is not fn's receiver.
func EntOpOf(recv types.Type, fn *types.Func) (EntOp, bool) {
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok || fn == nil || !fn.Exported() {
		return EntOp{}, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() == 0 || !IsContext(sig.Params().At(0).Type()) {
		return EntOp{}, false
	}
	pkg, name := named.Obj().Pkg(), named.Obj().Name()
	if pkg == nil || !entBuilderName(name) || !IsEntGenerated(pkg) {
		return EntOp{}, false // the name first: this runs for most calls of a method with a context
	}
	if entity, ok := strings.CutSuffix(name, "Client"); ok {
		if fn.Name() != "Get" && fn.Name() != "GetX" {
			return EntOp{}, false
		}
		table, ok := EntTable(pkg, entity)
		return EntOp{Table: table}, ok
	}
	for _, write := range []bool{false, true} {
		suffixes := entReads
		if write {
			suffixes = entWrites
		}
		for _, s := range suffixes {
			entity, ok := strings.CutSuffix(name, s)
			if !ok {
				continue
			}
			if table, ok := EntTable(pkg, entity); ok {
				return EntOp{Table: table, Write: write}, true
			}
		}
	}
	return EntOp{}, false
}

// entBuilderName reports whether a type's name ends like a builder's or a
// client's of ent's generated code.
func entBuilderName(name string) bool {
	for _, s := range slices.Concat(entReads, entWrites, []string{"Client"}) {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// EntTable returns the SQL table of the entity named entity of the
// ent-generated package pkg: the Table constant of the package
// pkg/lower(entity) that pkg imports, when it declares Label and Table as
// untyped string constants.
func EntTable(pkg *types.Package, entity string) (string, bool) {
	if entity == "" {
		return "", false
	}
	path := pkg.Path() + "/" + strings.ToLower(entity)
	for _, imp := range pkg.Imports() {
		if imp.Path() != path {
			continue
		}
		if _, ok := untypedString(imp.Scope().Lookup("Label")); !ok {
			return "", false
		}
		return untypedString(imp.Scope().Lookup("Table"))
	}
	return "", false
}

// untypedString returns the value of obj when it is an untyped string
// constant.
func untypedString(obj types.Object) (string, bool) {
	c, ok := obj.(*types.Const)
	if !ok || c.Val().Kind() != constant.String {
		return "", false
	}
	if b, ok := c.Type().(*types.Basic); !ok || b.Kind() != types.UntypedString {
		return "", false
	}
	return constant.StringVal(c.Val()), true
}

// IsEntGenerated reports whether pkg is a package entc generated: it
// imports ent's runtime.
func IsEntGenerated(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range EntPaths {
			if imp.Path() == p {
				return true
			}
		}
	}
	return false
}

// ImportsEnt reports whether pkg imports an ent-generated package: only
// then can its code open an ent client.
func ImportsEnt(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if IsEntGenerated(imp) {
			return true
		}
	}
	return false
}

// EntDataOpOf returns the datastore operation of fn when it is the Open
// of an ent-generated package: Open(driverName, dataSourceName string,
// options ...Option) (*Client, error), read like sql.Open.
func EntDataOpOf(fn *types.Func) (DataOp, bool) {
	if fn == nil || fn.Pkg() == nil || fn.Name() != "Open" {
		return DataOp{}, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Params().Len() < 2 || sig.Results().Len() != 2 {
		return DataOp{}, false
	}
	if !isString(sig.Params().At(0).Type()) || !isString(sig.Params().At(1).Type()) {
		return DataOp{}, false
	}
	if !IsNamed(sig.Results().At(0).Type(), fn.Pkg().Path(), "Client") || !IsEntGenerated(fn.Pkg()) {
		return DataOp{}, false
	}
	return DataOp{Protocol: "sql", Role: DataConnect, Driver: ws(arg(0)), Addr: ws(arg(1))}, true
}

// EntCall returns the outbound call a method of ent's generated code
// makes: a builder's or client's method that runs its statement (see
// EntOpOf), and the Client's Tx and BeginTx, use the database with the
// context they are given first. Its
// package is the program's own, so the catalog's table of library
// functions does not hold it.
func EntCall(fn *types.Func) *Outbound {
	if fn == nil || !fn.Exported() {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	if _, ok := EntOpOf(sig.Recv().Type(), fn); !ok && !entBeginsTx(sig.Recv().Type(), fn) {
		return nil
	}
	return &Outbound{Func: fn.FullName(), Protocol: "sql", Ctx: 0, Request: -1}
}

// entBeginsTx reports whether fn is the generated Client's Tx or BeginTx,
// which begin a transaction on the database with the context they are
// given.
func entBeginsTx(recv types.Type, fn *types.Func) bool {
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok || named.Obj().Name() != "Client" || fn.Name() != "Tx" && fn.Name() != "BeginTx" {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() > 0 && IsContext(sig.Params().At(0).Type()) && named.Obj().Pkg() != nil && IsEntGenerated(named.Obj().Pkg())
}
