package pkgcache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"math"
	"reflect"
	"strings"

	"golang.org/x/tools/go/types/objectpath"
)

// The codec writes an analyzer's result, walking it by reflection, in a
// form that outlives the run: a function, type name or package is written as
// its package path and object path (objectpath), and a position as its
// file's name and offset. Reading it back in a later run, against that
// run's packages and file set, gives the objects and positions that the
// analyzer would have produced there. What cannot be written so (a
// function declared inside another, an instantiated generic type, a value
// of an interface type the codec does not know) makes the entry not
// storable: the package is analysed on every run.

var (
	tPos      = reflect.TypeFor[token.Pos]()
	tFunc     = reflect.TypeFor[*types.Func]()
	tTypeName = reflect.TypeFor[*types.TypeName]()
	tPackage  = reflect.TypeFor[*types.Package]()
	tType     = reflect.TypeFor[types.Type]()
)

// The tags of an interface value's dynamic type.
const (
	tagNil = iota
	tagFunc
	tagPos
	tagString
)

// env is what positions and objects are written against and read back
// from: the package under analysis, the packages it sees, and the files.
type env struct {
	pkg  *types.Package
	fset *token.FileSet
	// own are the files of the package, by name; others, the files of
	// the file set whose name is not ambiguous (nil for a name that two
	// files share).
	own    map[string]*token.File
	others func() map[string]*token.File
	pkgs   map[string]*types.Package // pkg and its imports, recursively, by path
	// info is pkg's type information; defs, the objects it defines by
	// position (made when needed).
	info *types.Info
	defs map[token.Pos]types.Object
}

// defined returns the object of pkg defined at pos, nil if none is.
func (v *env) defined(pos token.Pos) types.Object {
	if v.defs == nil {
		v.defs = make(map[token.Pos]types.Object, len(v.info.Defs))
		for id, obj := range v.info.Defs {
			if obj != nil {
				v.defs[id.Pos()] = obj
			}
		}
	}
	return v.defs[pos]
}

func (v *env) file(name string) *token.File {
	if f, ok := v.own[name]; ok {
		return f
	}
	return v.others()[name]
}

func (v *env) lookup(path string) *types.Package {
	if path == v.pkg.Path() {
		return v.pkg
	}
	if v.pkgs == nil {
		v.pkgs = make(map[string]*types.Package)
		var walk func(p *types.Package)
		walk = func(p *types.Package) {
			if _, ok := v.pkgs[p.Path()]; ok {
				return
			}
			v.pkgs[p.Path()] = p
			for _, imp := range p.Imports() {
				walk(imp)
			}
		}
		walk(v.pkg)
	}
	return v.pkgs[path]
}

var errNotStorable = errors.New("not storable")

// notStorable says why a value cannot be stored.
func notStorable(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errNotStorable}, args...)...)
}

// An encoder writes values to buf.
type encoder struct {
	env *env
	buf []byte
}

func (e *encoder) uint(n uint64)   { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int64)     { e.buf = binary.AppendVarint(e.buf, n) }
func (e *encoder) string(s string) { e.uint(uint64(len(s))); e.buf = append(e.buf, s...) }
func (e *encoder) bool(b bool) {
	if b {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

func (e *encoder) value(v reflect.Value) error {
	t := v.Type()
	switch t {
	case tPos:
		return e.pos(token.Pos(v.Int()))
	case tFunc, tTypeName:
		if v.IsNil() {
			e.bool(false)
			return nil
		}
		e.bool(true)
		return e.object(v.Interface().(types.Object))
	case tPackage:
		if v.IsNil() {
			e.bool(false)
			return nil
		}
		e.bool(true)
		p := v.Interface().(*types.Package)
		if e.env.lookup(p.Path()) != p {
			return notStorable("package %s is not the one its path names here", p.Path())
		}
		e.string(p.Path())
		return nil
	case tType:
		return e.typ(v)
	}
	switch t.Kind() {
	case reflect.Bool:
		e.bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.uint(math.Float64bits(v.Float()))
	case reflect.String:
		e.string(v.String())
	case reflect.Slice:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(uint64(v.Len()) + 1)
		if t.Elem().Kind() == reflect.Uint8 {
			e.buf = append(e.buf, v.Bytes()...)
			return nil
		}
		for i := range v.Len() {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(uint64(v.Len()) + 1)
		it := v.MapRange()
		for it.Next() {
			if err := e.value(it.Key()); err != nil {
				return err
			}
			if err := e.value(it.Value()); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if t.PkgPath() == "go/types" || t.PkgPath() == "go/ast" {
			return notStorable("a %s from go/types or go/ast", t)
		}
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				return notStorable("unexported field %s.%s", t, t.Field(i).Name)
			}
			if err := e.value(v.Field(i)); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.bool(false)
			return nil
		}
		e.bool(true)
		return e.value(v.Elem())
	case reflect.Interface:
		return e.iface(v)
	default:
		return notStorable("a value of kind %s", t.Kind())
	}
	return nil
}

// iface writes a value of interface type: nil, a function, a position
// (model.Node) or a string.
func (e *encoder) iface(v reflect.Value) error {
	if v.IsNil() {
		e.uint(tagNil)
		return nil
	}
	switch x := v.Elem().Interface().(type) {
	case *types.Func:
		e.uint(tagFunc)
		return e.object(x)
	case token.Pos:
		e.uint(tagPos)
		return e.pos(x)
	case string:
		e.uint(tagString)
		e.string(x)
		return nil
	}
	return notStorable("an interface holding %T", v.Elem().Interface())
}

// typ writes a types.Type: nil, or a named type that is not an
// instance, or a pointer to one.
func (e *encoder) typ(v reflect.Value) error {
	if v.IsNil() {
		e.uint(0)
		return nil
	}
	t := v.Interface().(types.Type)
	ptr := uint64(1)
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), 2
	}
	n, ok := t.(*types.Named)
	if !ok || n.Origin() != n || n.TypeParams().Len() > 0 {
		return notStorable("type %s", t)
	}
	e.uint(ptr)
	return e.object(n.Obj())
}

// object writes a package-level object, a method or a field, by its
// package's path and its object path; objects of the universe (error's
// Error) by name.
func (e *encoder) object(obj types.Object) error {
	if obj.Pkg() == nil {
		e.string("")
		e.string(obj.Name())
		if universe(obj.Name(), reflect.TypeOf(obj)) != obj {
			return notStorable("object %s of the universe", obj)
		}
		return nil
	}
	e.string(obj.Pkg().Path())
	pkg := e.env.lookup(obj.Pkg().Path())
	if pkg != obj.Pkg() {
		// A test variant and its plain package share a path: the object
		// must be the one its path names from this package's view.
		return notStorable("object %s: its package is not the one its path names here", obj)
	}
	var path objectpath.Path
	if obj.Pkg().Scope().Lookup(obj.Name()) == obj {
		// A package-level object, by name: objectpath gives unexported
		// ones none.
		path = objectpath.Path("." + obj.Name())
	} else if p, err := objectpath.For(obj); err == nil {
		path = p
	} else if pkg == e.env.pkg && e.env.defined(obj.Pos()) == obj {
		// An object of this package that no path reaches (a type
		// declared in a function, an init function, the method of an
		// interface literal), by where it is declared.
		e.string("@")
		return e.pos(obj.Pos())
	} else {
		return notStorable("object %s: no object path", obj)
	}
	e.string(string(path))
	if back := lookupObject(pkg, path); back != obj {
		return notStorable("object %s: its path does not read back", obj)
	}
	return nil
}

// lookupObject returns the object of pkg at path, nil if there is none: a
// package-level object by ".name", anything else by its object path.
func lookupObject(pkg *types.Package, path objectpath.Path) types.Object {
	if name, ok := strings.CutPrefix(string(path), "."); ok {
		return pkg.Scope().Lookup(name)
	}
	obj, err := objectpath.Object(pkg, path)
	if err != nil {
		return nil
	}
	return obj
}

// universe returns the object of the universe scope called name, of type
// t: a type name, or the method Error of the error interface.
func universe(name string, t reflect.Type) types.Object {
	if t == tFunc {
		if name != "Error" {
			return nil
		}
		iface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
		return iface.Method(0)
	}
	if obj, ok := types.Universe.Lookup(name).(*types.TypeName); ok && t == tTypeName {
		return obj
	}
	return nil
}

// pos writes a position as its file's name and offset; NoPos as "".
func (e *encoder) pos(p token.Pos) error {
	if !p.IsValid() {
		e.string("")
		return nil
	}
	f := e.env.fset.File(p)
	if f == nil || e.env.file(f.Name()) != f {
		return notStorable("position %s", e.env.fset.Position(p))
	}
	e.string(f.Name())
	e.uint(uint64(f.Offset(p)))
	return nil
}

// A decoder reads what an encoder wrote.
type decoder struct {
	env  *env
	data []byte
}

var errCorrupt = errors.New("corrupt entry")

func (d *decoder) uint() uint64 {
	n, k := binary.Uvarint(d.data)
	if k <= 0 {
		panic(errCorrupt)
	}
	d.data = d.data[k:]
	return n
}

func (d *decoder) int() int64 {
	n, k := binary.Varint(d.data)
	if k <= 0 {
		panic(errCorrupt)
	}
	d.data = d.data[k:]
	return n
}

func (d *decoder) bytes() []byte {
	n := d.uint()
	if n > uint64(len(d.data)) {
		panic(errCorrupt)
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *decoder) string() string { return string(d.bytes()) }
func (d *decoder) bool() bool     { return d.uint() != 0 }

// length reads the length of a slice or map written as n+1, 0 for nil.
func (d *decoder) length() (int, bool) {
	n := d.uint()
	if n == 0 {
		return 0, false
	}
	if n-1 > uint64(len(d.data)) { // every element takes a byte at least
		panic(errCorrupt)
	}
	return int(n - 1), true
}

// count reads a count of items, each of which takes a byte at least.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.data)) {
		panic(errCorrupt)
	}
	return int(n)
}

// decode reads into v, which is settable, the value written for its type.
func (d *decoder) value(v reflect.Value) {
	t := v.Type()
	switch t {
	case tPos:
		v.SetInt(int64(d.pos()))
		return
	case tFunc, tTypeName:
		if d.bool() {
			obj := d.object(t)
			v.Set(reflect.ValueOf(obj))
		}
		return
	case tPackage:
		if d.bool() {
			p := d.env.lookup(d.string())
			if p == nil {
				panic(errCorrupt)
			}
			v.Set(reflect.ValueOf(p))
		}
		return
	case tType:
		d.typ(v)
		return
	}
	switch t.Kind() {
	case reflect.Bool:
		v.SetBool(d.bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(d.int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(d.uint())
	case reflect.Float32, reflect.Float64:
		v.SetFloat(math.Float64frombits(d.uint()))
	case reflect.String:
		v.SetString(d.string())
	case reflect.Slice:
		n, ok := d.length()
		if !ok {
			return
		}
		if t.Elem().Kind() == reflect.Uint8 {
			if n > len(d.data) {
				panic(errCorrupt)
			}
			b := reflect.MakeSlice(t, n, n)
			reflect.Copy(b, reflect.ValueOf(d.data[:n]))
			d.data = d.data[n:]
			v.Set(b)
			return
		}
		s := reflect.MakeSlice(t, n, n)
		for i := range n {
			d.value(s.Index(i))
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			d.value(v.Index(i))
		}
	case reflect.Map:
		n, ok := d.length()
		if !ok {
			return
		}
		m := reflect.MakeMapWithSize(t, n)
		for range n {
			k := reflect.New(t.Key()).Elem()
			d.value(k)
			e := reflect.New(t.Elem()).Elem()
			d.value(e)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := range t.NumField() {
			d.value(v.Field(i))
		}
	case reflect.Pointer:
		if d.bool() {
			p := reflect.New(t.Elem())
			d.value(p.Elem())
			v.Set(p)
		}
	case reflect.Interface:
		d.iface(v)
	default:
		panic(errCorrupt)
	}
}

func (d *decoder) iface(v reflect.Value) {
	var x any
	switch d.uint() {
	case tagNil:
		return
	case tagFunc:
		x = d.object(tFunc)
	case tagPos:
		x = d.pos()
	case tagString:
		x = d.string()
	default:
		panic(errCorrupt)
	}
	xv := reflect.ValueOf(x)
	if !xv.Type().AssignableTo(v.Type()) {
		panic(errCorrupt)
	}
	v.Set(xv)
}

func (d *decoder) typ(v reflect.Value) {
	ptr := d.uint()
	if ptr == 0 {
		return
	}
	tn, ok := d.object(tTypeName).(*types.TypeName)
	if !ok {
		panic(errCorrupt)
	}
	t := tn.Type()
	if ptr == 2 {
		t = types.NewPointer(t)
	}
	v.Set(reflect.ValueOf(t))
}

// object reads an object written by encoder.object, of Go type t (any
// type if nil).
func (d *decoder) object(t reflect.Type) types.Object {
	pkgPath := d.string()
	path := d.string()
	var obj types.Object
	if pkgPath == "" {
		obj = universe(path, t)
	} else if path == "@" {
		if pkgPath == d.env.pkg.Path() {
			obj = d.env.defined(d.pos())
		}
	} else if pkg := d.env.lookup(pkgPath); pkg != nil {
		obj = lookupObject(pkg, objectpath.Path(path))
	}
	if obj == nil || t != nil && reflect.TypeOf(obj) != t {
		panic(fmt.Errorf("%w: no object %s %s", errCorrupt, pkgPath, path))
	}
	return obj
}

func (d *decoder) pos() token.Pos {
	name := d.string()
	if name == "" {
		return token.NoPos
	}
	off := d.uint()
	f := d.env.file(name)
	if f == nil || off > uint64(f.Size()) {
		panic(fmt.Errorf("%w: no position %s:#%d", errCorrupt, name, off))
	}
	return f.Pos(int(off))
}

// catch turns the decoder's corrupt-entry panic into the error *err; any
// other panic is a bug and goes on, so that TestCorrupt sees it.
func catch(err *error) {
	if r := recover(); r != nil {
		if e, ok := r.(error); ok && errors.Is(e, errCorrupt) {
			*err = e
			return
		}
		panic(r) // a bug of the decoder, not of the entry: Guard reports it
	}
}
