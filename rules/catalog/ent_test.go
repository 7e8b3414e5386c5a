package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// entSources is a program with an ent-generated package app/ent (the
// User entity, and Audit, whose package names no Table) and a look-alike
// package app/other that does not import ent.
var entSources = map[string]string{
	"context":       `package context; type Context interface{ Done() <-chan struct{} }`,
	"entgo.io/ent":  `package ent; type Hook func()`,
	"app/ent/user":  `package user; const (Label = "user"; Table = "users")`,
	"app/ent/audit": `package audit; const Label = "audit"`,
	"app/ent": `package ent
import ("context"; "entgo.io/ent"; "app/ent/user"; "app/ent/audit")
var _ ent.Hook
var _, _ = user.Table, audit.Label
type Client struct{ User *UserClient }
func Open(driverName, dataSourceName string) (*Client, error) { return nil, nil }
type UserClient struct{}
func (*UserClient) Query() *UserQuery { return nil }
func (*UserClient) Get(ctx context.Context, id int) (int, error) { return 0, nil }
type UserQuery struct{}
func (*UserQuery) Where() *UserQuery { return nil }
func (*UserQuery) All(ctx context.Context) ([]int, error) { return nil, nil }
type UserCreateBulk struct{}
func (*UserCreateBulk) Save(ctx context.Context) ([]int, error) { return nil, nil }
type UserDeleteOne struct{}
func (*UserDeleteOne) Exec(ctx context.Context) error { return nil }
type AuditQuery struct{}
func (*AuditQuery) All(ctx context.Context) ([]int, error) { return nil, nil }`,
	"app/other": `package other
import "context"
type UserQuery struct{}
func (*UserQuery) All(ctx context.Context) ([]int, error) { return nil, nil }
func Open(driverName, dataSourceName string) (*UserQuery, error) { return nil, nil }`,
}

// entPackages type-checks entSources.
func entPackages(t *testing.T) map[string]*types.Package {
	t.Helper()
	fset := token.NewFileSet()
	pkgs := make(map[string]*types.Package)
	var load func(path string) (*types.Package, error)
	load = func(path string) (*types.Package, error) {
		if p := pkgs[path]; p != nil {
			return p, nil
		}
		f, err := parser.ParseFile(fset, path+".go", entSources[path], 0)
		if err != nil {
			return nil, err
		}
		conf := types.Config{Importer: importerFunc(load)}
		p, err := conf.Check(path, fset, []*ast.File{f}, nil)
		pkgs[path] = p
		return p, err
	}
	for path := range entSources {
		if _, err := load(path); err != nil {
			t.Fatal(err)
		}
	}
	return pkgs
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestEntOpOf checks which methods of ent's generated code run a statement
// on which table: the terminal calls of the builders and the client's Get;
// not the builders that chain, an entity without a Table, or a look-alike
// package that does not import ent. And that Open is recognised only in
// the generated package.
func TestEntOpOf(t *testing.T) {
	pkgs := entPackages(t)
	method := func(pkg, typ, name string) (types.Type, *types.Func) {
		tn := pkgs[pkg].Scope().Lookup(typ).(*types.TypeName)
		recv := types.NewPointer(tn.Type())
		obj, _, _ := types.LookupFieldOrMethod(recv, true, pkgs[pkg], name)
		return recv, obj.(*types.Func)
	}
	for _, tc := range []struct {
		pkg, typ, method string
		want             EntOp
		ok               bool
	}{
		{"app/ent", "UserQuery", "All", EntOp{Table: "users"}, true},
		{"app/ent", "UserQuery", "Where", EntOp{}, false},
		{"app/ent", "UserClient", "Get", EntOp{Table: "users"}, true},
		{"app/ent", "UserClient", "Query", EntOp{}, false},
		{"app/ent", "UserCreateBulk", "Save", EntOp{Table: "users", Write: true}, true},
		{"app/ent", "UserDeleteOne", "Exec", EntOp{Table: "users", Write: true}, true},
		{"app/ent", "AuditQuery", "All", EntOp{}, false},
		{"app/other", "UserQuery", "All", EntOp{}, false},
	} {
		recv, fn := method(tc.pkg, tc.typ, tc.method)
		got, ok := EntOpOf(recv, fn)
		if got != tc.want || ok != tc.ok {
			t.Errorf("EntOpOf(*%s.%s, %s) = %v, %v; want %v, %v", tc.pkg, tc.typ, tc.method, got, ok, tc.want, tc.ok)
		}
	}
	if op, ok := EntDataOpOf(pkgs["app/ent"].Scope().Lookup("Open").(*types.Func)); !ok || op.Protocol != "sql" || len(op.Driver) != 1 || len(op.Addr) != 1 {
		t.Errorf("EntDataOpOf(app/ent.Open) = %v, %v; want a SQL connection with a driver and an address", op, ok)
	}
	if _, ok := EntDataOpOf(pkgs["app/other"].Scope().Lookup("Open").(*types.Func)); ok {
		t.Errorf("EntDataOpOf(app/other.Open) is a connection; want none: the package is not ent's")
	}
}
