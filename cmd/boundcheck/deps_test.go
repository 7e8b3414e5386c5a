package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestStartupDeps keeps packages out of the binary that make every start
// slower: go vet starts boundcheck once per package, so a few milliseconds
// at start-up are minutes on a large tree.
//   - html/template: its execution calls methods by name through reflect,
//     so the linker keeps every exported method of every type (8 MB more).
//   - github.com/goccy/go-graphviz: its init compiles Graphviz's
//     WebAssembly, 77 ms or more per process.
func TestStartupDeps(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	for _, banned := range []string{"html/template", "github.com/goccy/go-graphviz"} {
		if slices.Contains(deps, banned) {
			t.Errorf("the boundcheck binary links %s", banned)
		}
	}
}
