package model_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestNetRPC checks net/rpc: a call reaches the service that registers
// its "Type.Method" (rpc.Register under the receiver's type name,
// RegisterName under the name given), and a method no service serves
// (one not shaped as net/rpc requires) reaches the dial's host, with no
// endpoint, and so does one whose name is not known, said as "{?}".
func TestNetRPC(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "netrpc")
	got := syncLines(m)
	want := []string{
		"broker -> logger rpc RPCServer.Count () at -",
		"broker -> logger rpc RPCServer.LogInfo (registers RPCServer) at rpc RPCServer.LogInfo",
		"broker -> task rpc Tasks.Create (registers Tasks) at rpc Tasks.Create",
		"broker -> logger rpc {?} () at -",
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
