package notimeout_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/rules"
)

func TestNetHTTP(t *testing.T) {
	shared.Run(t, "nethttp", "sinks/...", "callbacks/...", "generics")
}

// TestIncoming checks the whole-program step: calls on an incoming
// request's context are reported for the service without timeout
// middleware (web), not for the one behind chi's middleware.Timeout (api).
func TestIncoming(t *testing.T) {
	set := model(t, "incoming")
	// Run without want checks first: the per-package pass reports nothing
	// here, everything waits for Resolve.
	results := analysistest.Run(nopT{}, testdata(t), notimeout.New(set), "incoming/...")
	byPath := make(map[string]*notimeout.Result)
	for _, r := range results {
		if len(r.Diagnostics) > 0 {
			t.Errorf("%s: per-package diagnostics %v", r.Pass.Pkg.Path(), r.Diagnostics)
		}
		byPath[r.Pass.Pkg.Path()] = r.Result.(*notimeout.Result)
	}
	got := notimeout.Resolve(set, byPath)
	if len(got["incoming/services/api"]) != 0 {
		t.Errorf("api is behind middleware.Timeout, got %v", got["incoming/services/api"])
	}
	if len(got["incoming/services/custom"]) != 0 {
		t.Errorf("custom puts a deadline on its requests in its own middleware, got %v", got["incoming/services/custom"])
	}
	var pass *analysis.Pass
	for _, r := range results {
		if r.Pass.Pkg.Path() == "incoming/services/web" {
			pass = r.Pass
		}
	}
	checkWants(t, pass, got["incoming/services/web"])
}

type nopT struct{}

func (nopT) Errorf(string, ...any) {}

// checkWants matches diagnostics against the `// want` comments of the
// pass's files, the way analysistest does for diagnostics it sees itself.
func checkWants(t *testing.T, pass *analysis.Pass, diags []analysis.Diagnostic) {
	t.Helper()
	type key struct {
		file string
		line int
	}
	wants := make(map[key][]*regexp.Regexp)
	for _, f := range pass.Files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				_, rest, ok := strings.Cut(c.Text, "// want ")
				if !ok {
					continue
				}
				pos := pass.Fset.Position(c.Pos())
				for _, m := range regexp.MustCompile("`([^`]*)`").FindAllStringSubmatch(rest, -1) {
					wants[key{pos.Filename, pos.Line}] = append(wants[key{pos.Filename, pos.Line}], regexp.MustCompile(m[1]))
				}
			}
		}
	}
	for _, d := range diags {
		pos := pass.Fset.Position(d.Pos)
		k := key{pos.Filename, pos.Line}
		matched := false
		for i, re := range wants[k] {
			if re.MatchString(d.Message) {
				wants[k] = append(wants[k][:i], wants[k][i+1:]...)
				matched = true
				break
			}
		}
		if !matched {
			t.Errorf("%s: unexpected diagnostic: %s", pos, d.Message)
		}
	}
	for k, res := range wants {
		for _, re := range res {
			t.Errorf("%s:%d: no diagnostic matching %s", filepath.Base(k.file), k.line, re)
		}
	}
}

// TestNewRequestFix checks the suggested fix: http.NewRequest becomes
// NewRequestWithContext with the context in scope, a parameter or the
// served request's.
func TestNewRequestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), notimeout.New(rules.Empty()), "nethttpfix")
}

// TestInterfaces checks the whole-program step that follows calls of
// interface methods to the implementations the program makes: a call with
// context.Background() through the interface, and a handler whose request
// context reaches it through a method that becomes a sink only there. The
// implementation made only in a test adds nothing.
func TestInterfaces(t *testing.T) {
	set := model(t, "ifaces")
	// The wants are the whole-program step's; the per-package pass is
	// checked against them below, after Resolve.
	results := analysistest.Run(nopT{}, testdata(t), notimeout.New(set), "ifaces/...")
	byPath := make(map[string]*notimeout.Result)
	passes := make(map[string]*analysis.Pass)
	for _, r := range results {
		path := strings.TrimSuffix(r.Pass.Pkg.Path(), "_test")
		if byPath[path] == nil {
			byPath[path] = new(notimeout.Result)
			passes[path] = r.Pass
		}
		byPath[path].Merge(r.Result.(*notimeout.Result))
		if len(r.Pass.Files) > len(passes[path].Files) {
			passes[path] = r.Pass
		}
	}
	got := notimeout.Resolve(set, byPath)
	for _, path := range []string{"ifaces/services/trainings/app", "ifaces/services/trainings/ports"} {
		checkWants(t, passes[path], got[path])
	}
	for path, ds := range got {
		if path != "ifaces/services/trainings/app" && path != "ifaces/services/trainings/ports" {
			t.Errorf("%s: unexpected %v", path, ds)
		}
	}
}

// model returns the service model of the case folder testdata/src/name,
// discovered by convention.
func model(t *testing.T, name string) *rules.Set {
	t.Helper()
	tree, err := rules.ScanTreeAs(filepath.Join(analysistest.TestData(), "src", name), name)
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Compile(tree, nil)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// testdata is a GOPATH with the shared library stubs and this analyzer's
// case folders.
func testdata(t *testing.T) string { return stubtest.GOPATH(t, analysistest.TestData()) }
