package dispatch_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/dispatch"
)

const src = `package p

import "context"

type Sender interface{ Send(ctx context.Context) error }
type Both interface {
	Sender
	Close() error
}

type value struct{}        // Send on the value
type ptr struct{}          // Send and Close on the pointer
type mixed struct{}        // Send on the value, Close on the pointer
type other struct{}        // Send of another signature
type outer struct{ value } // Send promoted from value
type box[T any] struct{}

func (value) Send(ctx context.Context) error   { return nil }
func (*ptr) Send(ctx context.Context) error    { return nil }
func (*ptr) Close() error                      { return nil }
func (mixed) Send(ctx context.Context) error   { return nil }
func (*mixed) Close() error                    { return nil }
func (other) Send() error                      { return nil }
func (*box[T]) Send(ctx context.Context) error { return nil }

type Getter[T any] interface{ Send(ctx context.Context) error }
`

func TestTargets(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	named := func(name string) *types.Named {
		return pkg.Scope().Lookup(name).(*types.TypeName).Type().(*types.Named)
	}
	send := func(iface string) (types.Type, *types.Func) {
		it := named(iface)
		obj, _, _ := types.LookupFieldOrMethod(it, false, pkg, "Send")
		return it, obj.(*types.Func)
	}
	var x dispatch.Index
	for _, name := range []string{"value", "ptr", "mixed", "other", "outer", "box", "Sender"} {
		scope := "main"
		if name == "ptr" {
			scope = "worker"
		}
		x.Add(named(name), scope)
	}
	x.Add(named("value"), "main")   // added twice, a candidate once
	x.Add(named("mixed"), "worker") // made in two scopes: a candidate in each, listed once
	names := func(fs []*types.Func) string {
		var out []string
		for _, f := range fs {
			recv := f.Type().(*types.Signature).Recv().Type()
			out = append(out, types.TypeString(recv, types.RelativeTo(pkg))+"."+f.Name())
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		name  string
		iface string
		in    func(string) bool
		want  string
	}{
		{"T or *T implements; a promoted method counts; a generic type by arity", "Sender", nil,
			"value.Send *ptr.Send mixed.Send value.Send *box[T].Send"},
		{"a wider interface: the types whose pointer has Close too; a generic type by arity alone", "Both", nil,
			"*ptr.Send mixed.Send *box[T].Send"},
		{"the caller's scope", "Sender", func(s string) bool { return s == "worker" },
			"*ptr.Send mixed.Send"},
		{"an interface with a type parameter: by arity", "Getter", nil,
			"value.Send *ptr.Send mixed.Send value.Send *box[T].Send"},
	} {
		it, m := send(tc.iface)
		if got := names(x.Targets(it, m, tc.in)); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
	if got := x.Targets(types.Typ[types.Int], nil, nil); got != nil {
		t.Errorf("Targets on a non-interface = %v, want none", got)
	}
}
