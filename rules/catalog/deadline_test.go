package catalog_test

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

func TestDeadline(t *testing.T) {
	ctxPkg := types.NewPackage("context", "context")
	other := types.NewPackage("example.com/ctx", "ctx")
	fn := func(pkg *types.Package, name string) *types.Func {
		return types.NewFunc(token.NoPos, pkg, name, types.NewSignatureType(nil, nil, nil, nil, nil, false))
	}
	for _, tc := range []struct {
		fn     *types.Func
		ok     bool
		length int
	}{
		{fn(ctxPkg, "WithTimeout"), true, 1},
		{fn(ctxPkg, "WithTimeoutCause"), true, 1},
		{fn(ctxPkg, "WithDeadline"), true, -1},
		{fn(ctxPkg, "WithDeadlineCause"), true, -1},
		{fn(ctxPkg, "WithCancel"), false, -1},
		{fn(other, "WithTimeout"), false, -1}, // the name alone is not enough
		{nil, false, -1},
	} {
		ok, length := catalog.Deadline(tc.fn)
		if ok != tc.ok || length != tc.length || catalog.IsDeadline(tc.fn) != tc.ok {
			t.Errorf("Deadline(%v) = %v, %d; want %v, %d", tc.fn, ok, length, tc.ok, tc.length)
		}
	}
}

func TestTimeoutFieldsOf(t *testing.T) {
	client := types.NewNamed(types.NewTypeName(token.NoPos, types.NewPackage("net/http", "http"), "Client", nil), types.NewStruct(nil, nil), nil)
	own := types.NewNamed(types.NewTypeName(token.NoPos, types.NewPackage("example.com/http", "http"), "Client", nil), types.NewStruct(nil, nil), nil)
	if got := catalog.TimeoutFieldsOf(types.NewPointer(client)); len(got) != 1 || got[0] != "Timeout" {
		t.Errorf("TimeoutFieldsOf(*net/http.Client) = %v, want [Timeout]", got)
	}
	if got := catalog.TimeoutFieldsOf(own); got != nil {
		t.Errorf("TimeoutFieldsOf(example.com/http.Client) = %v, want none", got)
	}
}
