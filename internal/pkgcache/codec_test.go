package pkgcache

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"testing"
)

const src = `package p

type T struct{ N int }

func (t *T) Get() int { return t.N }

func helper() {}

func init() {}

type Generic[E any] struct{ e E }

var G Generic[int]

func F() any {
	type local struct{}
	var s interface{ Code() int }
	_ = s
	return local{}
}
`

// checked is one type-check of src: what one run of boundcheck sees.
type checked struct {
	fset *token.FileSet
	pkg  *types.Package
	info *types.Info
	file *ast.File
}

func check(t *testing.T, pad int) *checked {
	t.Helper()
	fset := token.NewFileSet()
	// Files before p.go move its positions, as other packages do in a run.
	fset.AddFile("other.go", -1, pad)
	f, err := parser.ParseFile(fset, "/tree/p/p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object)}
	pkg, err := new(types.Config).Check("example.com/p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return &checked{fset: fset, pkg: pkg, info: info, file: f}
}

func (c *checked) env() *env {
	tf := c.fset.File(c.file.FileStart)
	return &env{
		pkg: c.pkg, info: c.info, fset: c.fset,
		own:    map[string]*token.File{tf.Name(): tf},
		others: func() map[string]*token.File { return nil },
	}
}

// defined returns the object src defines under name (the first one).
func (c *checked) defined(t *testing.T, name string) types.Object {
	t.Helper()
	var found types.Object
	for id, obj := range c.info.Defs {
		if id.Name == name && obj != nil && (found == nil || obj.Pos() < found.Pos()) {
			found = obj
		}
	}
	if found == nil {
		t.Fatalf("src defines no %s", name)
	}
	return found
}

// A value is what an analyzer's result may hold.
type value struct {
	Funcs   []*types.Func
	Local   *types.TypeName
	Nodes   []any
	Pos     token.Pos
	NoPos   token.Pos
	Iface   types.Type
	PtrType types.Type
	Sinks   map[*types.Func][]string
	Empty   []string
	Nil     []string
	Bytes   []byte
	Inner   *value
	Float   float64
	Named   map[string]bool
}

func (c *checked) value(t *testing.T) *value {
	named := c.pkg.Scope().Lookup("T").Type()
	get := c.defined(t, "Get").(*types.Func)
	return &value{
		Funcs: []*types.Func{
			get,
			c.defined(t, "helper").(*types.Func),
			c.defined(t, "init").(*types.Func),
			c.defined(t, "Code").(*types.Func), // a method of an interface literal
			types.Universe.Lookup("error").Type().Underlying().(*types.Interface).Method(0),
		},
		Local:   c.defined(t, "local").(*types.TypeName),
		Nodes:   []any{get, c.file.Decls[2].Pos(), nil, "text"},
		Pos:     c.file.Decls[1].End(),
		Iface:   named,
		PtrType: types.NewPointer(named),
		Sinks:   map[*types.Func][]string{get: {"ctx"}},
		Empty:   []string{},
		Bytes:   []byte("abc"),
		Inner:   &value{Float: 1.5, Named: map[string]bool{"x": true}},
	}
}

// TestRoundTrip writes a value in one run and reads it in another, whose
// objects and positions are its own.
func TestRoundTrip(t *testing.T) {
	first, second := check(t, 10), check(t, 5000)
	e := &encoder{env: first.env()}
	if err := e.value(reflect.ValueOf(first.value(t))); err != nil {
		t.Fatal(err)
	}
	var got *value
	d := &decoder{env: second.env(), data: e.buf}
	var err error
	func() {
		defer catch(&err)
		d.value(reflect.ValueOf(&got).Elem())
	}()
	if err != nil {
		t.Fatal(err)
	}
	want := second.value(t)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back in the second run:\n%+v\nwant\n%+v", got, want)
	}
	if got.Funcs[0] != want.Funcs[0] || got.Local != want.Local || got.Nodes[1] != want.Nodes[1] {
		t.Errorf("objects or positions are not the second run's own")
	}
	if len(d.data) != 0 {
		t.Errorf("%d bytes left", len(d.data))
	}
}

// TestNotStorable: what cannot be read back by name is refused.
func TestNotStorable(t *testing.T) {
	c := check(t, 0)
	inst := c.pkg.Scope().Lookup("G").Type() // Generic[int]
	for name, v := range map[string]any{
		"an instance":             struct{ T types.Type }{inst},
		"an unknown dynamic type": struct{ N any }{42},
		"a go/types struct":       struct{ V *types.Var }{types.NewVar(token.NoPos, c.pkg, "v", types.Typ[types.Int])},
		"an object of another package of the same path": struct{ F *types.Func }{types.NewFunc(token.NoPos, types.NewPackage("example.com/p", "p"), "F", nil)},
	} {
		e := &encoder{env: c.env()}
		if err := e.value(reflect.ValueOf(v)); !errors.Is(err, errNotStorable) {
			t.Errorf("%s: err = %v, want not storable", name, err)
		}
	}
}

// TestCorrupt: an entry cut short or changed anywhere is an error or a
// value, never a panic.
func TestCorrupt(t *testing.T) {
	c := check(t, 0)
	e := &encoder{env: c.env()}
	if err := e.value(reflect.ValueOf(c.value(t))); err != nil {
		t.Fatal(err)
	}
	read := func(data []byte) (err error) {
		defer catch(&err)
		var v *value
		d := &decoder{env: c.env(), data: data}
		d.value(reflect.ValueOf(&v).Elem())
		return nil
	}
	for i := range e.buf {
		if err := read(e.buf[:i]); err == nil {
			t.Errorf("cut at %d of %d: no error", i, len(e.buf))
		}
		for _, x := range []byte{0x01, 0x80, 0xff} {
			data := append([]byte(nil), e.buf...)
			data[i] ^= x
			_ = read(data) // must not panic
		}
	}
}
