package analyzers_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering keeps the boundaries of STYLE.md, "Layout": analyzers import
// only the rule set (rules, rules/*), the system model (model,
// internal/values), internal/dispatch, x/tools and the standard library
// (never the graph, the CLI, the drivers or the file system); the model
// imports only the rule set, internal/values and internal/dispatch of the
// project, never an analyzer, nor the file system; the graph imports
// nothing under analyzers/, only the model; rules and its subpackages
// (rules/config, rules/tree, rules/deploy, rules/catalog, rules/netaddr)
// import no other package of the project than rules/*, and of those only
// rules imports rules/deploy and rules/schema, only rules and
// rules/deploy import rules/config, only those and rules/schema import
// rules/tree, and rules/netaddr and rules/sqltables, which import no
// project package, may be imported by any; nothing but cmd/ imports cobra.
func TestLayering(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "github.com/boundcheck/boundcheck/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	const mod = "github.com/boundcheck/boundcheck/"
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, imports := strings.TrimPrefix(fields[0], mod), fields[1:]
		for _, imp := range imports {
			var bad string
			switch {
			case strings.HasPrefix(pkg, "analyzers"):
				switch {
				case fileSystem(imp):
					bad = "the file system"
				case strings.HasPrefix(imp, mod) && !strings.HasPrefix(imp, mod+"rules") && !strings.HasPrefix(imp, mod+"analyzers") &&
					imp != mod+"model" && imp != mod+"internal/values" && imp != mod+"internal/dispatch":
					bad = "a package outside rules/, analyzers/, model, internal/values and internal/dispatch"
				case strings.Contains(imp, ".") && !strings.HasPrefix(imp, "golang.org/x/tools") && !strings.HasPrefix(imp, mod):
					bad = "a third-party package other than x/tools"
				}
			case pkg == "model":
				switch {
				case strings.HasPrefix(imp, mod+"analyzers"):
					bad = "an analyzer"
				case fileSystem(imp):
					bad = "the file system"
				case strings.HasPrefix(imp, mod) && imp != mod+"rules" && !strings.HasPrefix(imp, mod+"rules/") &&
					imp != mod+"internal/values" && imp != mod+"internal/dispatch":
					bad = "a package of the project other than the rule set (rules, rules/...), internal/values and internal/dispatch"
				case strings.Contains(imp, ".") && !strings.HasPrefix(imp, "golang.org/x/tools") && !strings.HasPrefix(imp, mod):
					bad = "a third-party package other than x/tools"
				}
			case strings.HasPrefix(pkg, "graph"):
				if strings.HasPrefix(imp, mod+"analyzers") {
					bad = "a package under analyzers/: the graph stands on the model"
				}
			case pkg == "rules" || strings.HasPrefix(pkg, "rules/"):
				switch {
				case strings.HasPrefix(imp, mod) && imp != mod+"rules" && !strings.HasPrefix(imp, mod+"rules/"):
					bad = "another package of the project"
				case imp == mod+"rules":
					bad = "rules, which its subpackages are below"
				case strings.HasPrefix(imp, mod+"rules/") && imp != mod+"rules/netaddr" && imp != mod+"rules/sqltables" && pkg != "rules" &&
					!(pkg == "rules/deploy" && (imp == mod+"rules/config" || imp == mod+"rules/tree")) &&
					!((pkg == "rules/schema" || pkg == "rules/history") && imp == mod+"rules/tree"):
					bad = "a sibling below rules that it must not depend on"
				}
			}
			if strings.HasPrefix(imp, "github.com/spf13/cobra") && !strings.HasPrefix(pkg, "cmd/") {
				bad = "cobra"
			}
			if bad != "" {
				t.Errorf("%s imports %s: %s", pkg, imp, bad)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("go list listed no imports")
	}
}

// fileSystem reports whether imp is a package that reads or writes files.
func fileSystem(imp string) bool {
	return imp == "os" || imp == "io/fs" || imp == "path/filepath" || imp == "os/exec"
}
