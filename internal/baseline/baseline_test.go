package baseline

import (
	"go/token"
	"path/filepath"
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/findings"
)

func finding(analyzer, svc, file string, line int, msg string) findings.Finding {
	return findings.Finding{Analyzer: analyzer, Service: svc, Pos: token.Position{Filename: file, Line: line, Column: 2}, Message: msg}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"it reaches (*sql.DB).ExecContext at store.go:75; pass a context":         "it reaches (*sql.DB).ExecContext at store.go; pass a context",
		"front at main.go:12:7, back at a_test.go:3":                              "front at main.go, back at a_test.go",
		"chain of 4 hops; composite availability 99.50%: 5 services in series":    "chain of 4 hops; composite availability 99.50%: 5 services in series",
		"imports \"example.com/x/v2\" (version 2.go:1x is not a position either)": "imports \"example.com/x/v2\" (version 2.go:1x is not a position either)",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestApply checks matching: a finding moved to another line and with
// other line numbers in its message still matches; one in a renamed file
// does not; entries are counted; what is left over is stale, and the kept
// baseline drops it.
func TestApply(t *testing.T) {
	dir := "/repo"
	old := []findings.Finding{
		finding("notimeout", "orders", "/repo/a.go", 10, "reaches X at store.go:75"),
		finding("notimeout", "orders", "/repo/a.go", 20, "reaches X at store.go:75"),
		finding("crossimport", "gateway", "/repo/g/h.go", 3, "imports orders"),
		finding("syncchain", "gateway", "/repo/g/h.go", 9, "chain"),
	}
	b := Make(dir, old)
	if len(b.Findings) != 3 || b.Findings[0].File != "a.go" || b.Findings[0].Count != 2 {
		t.Fatalf("Make: %+v", b.Findings)
	}
	now := []findings.Finding{
		finding("notimeout", "orders", "/repo/a.go", 13, "reaches X at store.go:80"), // moved
		finding("notimeout", "orders", "/repo/a.go", 23, "reaches X at store.go:80"), // moved
		finding("notimeout", "orders", "/repo/a.go", 40, "reaches X at store.go:80"), // a third: new
		finding("crossimport", "gateway", "/repo/g/renamed.go", 3, "imports orders"), // renamed: new
	}
	r := Apply(b, dir, now)
	var lines []int
	for _, f := range r.New {
		lines = append(lines, f.Pos.Line)
	}
	if r.Hidden != 2 || !slices.Equal(lines, []int{40, 3}) {
		t.Errorf("hidden %d, new at lines %v; want 2 hidden, new at [40 3]", r.Hidden, lines)
	}
	var stale []string
	for _, e := range r.Stale {
		stale = append(stale, e.File+" "+e.Analyzer)
	}
	if !slices.Equal(stale, []string{"g/h.go crossimport", "g/h.go syncchain"}) {
		t.Errorf("stale %v", stale)
	}
	if len(r.Kept.Findings) != 1 || r.Kept.Findings[0].Count != 2 {
		t.Errorf("kept %+v, want the a.go entry with count 2", r.Kept.Findings)
	}
}

func TestReadWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baseline.json")
	b := Make("/repo", []findings.Finding{finding("notimeout", "", "/repo/x/y.go", 1, "m")})
	if err := Write(path, b); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Findings, b.Findings) {
		t.Errorf("read %+v, wrote %+v", got.Findings, b.Findings)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("reading a missing baseline: no error")
	}
}

// TestParseDiff reads the hunks of a diff with no context: added and
// changed lines count, a deletion adds none, a deleted file none, and a
// quoted name is unquoted.
func TestParseDiff(t *testing.T) {
	diff := `diff --git a/a.go b/a.go
index 1..2 100644
--- a/a.go
+++ b/a.go
@@ -3,0 +4,2 @@ func f() {
+	x()
+	y()
@@ -10 +12 @@ func g() {
-	old()
+	new()
@@ -20,3 +21,0 @@ func h() {
diff --git a/gone.go b/gone.go
--- a/gone.go
+++ /dev/null
@@ -1,2 +0,0 @@
diff --git "a/sp ace.go" "b/sp ace.go"
--- "a/sp ace.go"
+++ "b/sp ace.go"
@@ -1 +1 @@
`
	l, err := parseDiff("/r", []byte(diff))
	if err != nil {
		t.Fatal(err)
	}
	has := func(file string, line int) bool { return l.Has(token.Position{Filename: file, Line: line}) }
	for _, c := range []struct {
		file string
		line int
		want bool
	}{
		{"/r/a.go", 3, false}, {"/r/a.go", 4, true}, {"/r/a.go", 5, true}, {"/r/a.go", 6, false},
		{"/r/a.go", 12, true}, {"/r/a.go", 21, false}, {"/r/gone.go", 1, false}, {"/r/sp ace.go", 1, true},
	} {
		if got := has(c.file, c.line); got != c.want {
			t.Errorf("%s:%d changed = %v, want %v", c.file, c.line, got, c.want)
		}
	}
}

// TestNewIn keeps a finding on a changed line, and a whole-program one
// whose related position is on one; a file that is new as a whole counts
// on every line; a file outside the work tree is kept, as git cannot tell.
func TestNewIn(t *testing.T) {
	l := Lines{"/r/a.go": {5: true}, "/r/new.go": nil}
	chain := finding("syncchain", "", "/r/b.go", 1, "chain")
	chain.Related = []findings.Related{{Pos: token.Position{Filename: "/r/a.go", Line: 5}}}
	fs := []findings.Finding{
		finding("notimeout", "", "/r/a.go", 5, "on"),
		finding("notimeout", "", "/r/a.go", 6, "off"),
		chain,
		finding("notimeout", "", "/r/new.go", 99, "new file"),
	}
	fs = append(fs, finding("notimeout", "", "/elsewhere/x.go", 1, "outside"))
	var got []string
	kept, outside := NewIn(fs, l, "/r")
	for _, f := range kept {
		got = append(got, f.Message)
	}
	if want := []string{"on", "chain", "new file", "outside"}; !slices.Equal(got, want) || outside != 1 {
		t.Errorf("got %v (%d outside), want %v (1 outside)", got, outside, want)
	}
}
