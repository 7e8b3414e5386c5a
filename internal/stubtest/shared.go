package stubtest

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// A Shared is one analysistest.Run over the case folders of several tests.
// analysistest.Run loads and type-checks everything from source, the
// standard library below net/http included, and runs the analyzer on all of
// it for its facts: seconds per call, and the same for every case. Tests
// that run the same analyzer (with the same settings) share one run, and
// each reads the results and the errors of its own patterns. A package's
// result is the one a run of its pattern alone gives, as long as the
// analyzer keeps no state between packages that changes what it reports.
type Shared struct {
	testdata string
	analyzer func() *analysis.Analyzer
	patterns []string

	once    sync.Once
	done    bool
	results []*analysistest.Result
	errs    errorLog
}

// NewShared returns the shared run of the analyzer made by analyzer over
// patterns (package paths, or "dir/..."), with the case folders of
// testdata (analysistest.TestData()). It runs when a test first asks for it.
func NewShared(testdata string, analyzer func() *analysis.Analyzer, patterns ...string) *Shared {
	return &Shared{testdata: testdata, analyzer: analyzer, patterns: patterns}
}

// Run is analysistest.Run(t, GOPATH(t, testdata), analyzer(), patterns...)
// read from the shared run: the results of the packages that patterns
// match, in the order the run gives them, and analysistest's errors about
// them (unmet wants, unexpected diagnostics or facts) reported on t. An
// error that names no pattern's folder (a load error) is reported on every
// test. Each pattern must be one of the shared run's.
func (s *Shared) Run(t *testing.T, patterns ...string) []*analysistest.Result {
	t.Helper()
	for _, p := range patterns {
		if !slices.Contains(s.patterns, p) {
			t.Fatalf("stubtest: pattern %s is not one of the shared run's %q", p, s.patterns)
		}
	}
	s.once.Do(func() {
		s.results = analysistest.Run(&s.errs, GOPATH(t, s.testdata), s.analyzer(), s.patterns...)
		s.done = true
	})
	if !s.done {
		t.Fatal("stubtest: the shared analysistest run did not finish; see the test that ran it")
	}
	for _, msg := range s.errs.msgs {
		var owners []string
		for _, p := range s.patterns {
			if aboutFolder(msg, folder(p)) {
				owners = append(owners, p)
			}
		}
		if len(owners) == 0 || slices.ContainsFunc(owners, func(o string) bool { return slices.Contains(patterns, o) }) {
			t.Errorf("%s", msg)
		}
	}
	var out []*analysistest.Result
	for _, r := range s.results {
		path := r.Action.Package.PkgPath
		if slices.ContainsFunc(patterns, func(p string) bool { return matches(p, path) }) {
			out = append(out, r)
		}
	}
	return out
}

// folder is the folder of a pattern: "sinks/..." is sinks.
func folder(pattern string) string { return strings.TrimSuffix(pattern, "/...") }

// matches reports whether the package path matches the pattern.
func matches(pattern, path string) bool {
	if dir, ok := strings.CutSuffix(pattern, "/..."); ok {
		return path == dir || strings.HasPrefix(path, dir+"/")
	}
	return path == pattern
}

// aboutFolder reports whether an analysistest error is about the folder: a
// file in it ("DIR/file.go:3:6: unexpected diagnostic", relative to the
// GOPATH's src, or absolute) or a package in it ("error analyzing
// NAME@DIR: …").
func aboutFolder(msg, dir string) bool {
	if strings.HasPrefix(msg, dir+"/") || strings.Contains(msg, "/src/"+dir+"/") {
		return true
	}
	for _, end := range []string{":", " ", "/"} {
		if strings.Contains(msg, "@"+dir+end) {
			return true
		}
	}
	return false
}

// errorLog collects what analysistest reports (it is an analysistest.Testing).
type errorLog struct {
	mu   sync.Mutex
	msgs []string
}

func (l *errorLog) Errorf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.msgs = append(l.msgs, fmt.Sprintf(format, args...))
}
