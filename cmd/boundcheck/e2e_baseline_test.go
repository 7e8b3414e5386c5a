package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EBaseline rolls boundcheck out on the shop the way a team would:
// record today's findings, check against them, then edit the code. An
// edit above a finding keeps it hidden; a new finding shows; renaming a
// file brings its finding back and leaves the old entry stale, which
// --baseline-prune removes.
func TestE2EBaseline(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, shopDir)
	readyz := filepath.Join(dir, "services", "gateway", "handler", "readyz.go")

	r := boundcheck(t, dir, "check", "--write-baseline", "boundcheck-baseline.json")
	r.wantCode(t, exitClean)
	if !strings.Contains(r.stderr, "boundcheck: wrote 7 findings of ") || r.stdout != "" {
		t.Fatalf("--write-baseline: stdout %q, stderr %q", r.stdout, r.stderr)
	}

	r = boundcheck(t, dir, "check", "--baseline", "boundcheck-baseline.json")
	r.wantCode(t, exitClean)
	r.wantStdout(t, "")
	if !strings.Contains(r.stderr, "the baseline boundcheck-baseline.json hides 7 findings") {
		t.Errorf("stderr does not say what the baseline hides:\n%s", r.stderr)
	}

	// Lines added above the http.Get: it moves, and stays hidden.
	src := readFile(t, readyz)
	edited := strings.Replace(src, "func (h *Ready) probeOrders() error {", "// probeOrders asks orders whether it is up.\n//\n// It is called by ServeHTTP.\nfunc (h *Ready) probeOrders() error {", 1)
	writeFile(t, readyz, edited)
	r = boundcheck(t, dir, "check", "--baseline", "boundcheck-baseline.json")
	r.wantCode(t, exitClean)
	r.wantStdout(t, "")

	// A second unbounded probe is new.
	writeFile(t, readyz, edited+"\nfunc (h *Ready) probeAgain() error {\n\tresp, err := http.Get(h.ordersURL + \"/livez\")\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n")
	r = boundcheck(t, dir, "check", "--baseline", "boundcheck-baseline.json")
	r.wantCode(t, exitFindings)
	if lines := strings.Split(strings.TrimSpace(r.stdout), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "readyz.go:") || !strings.Contains(lines[0], "http.Get") {
		t.Errorf("want the new http.Get alone, got:\n%s", r.stdout)
	}
	writeFile(t, readyz, edited)

	// Renamed: the finding is back, at the new name, and the old entry is stale.
	renamed := filepath.Join(dir, "services", "gateway", "handler", "ready.go")
	if err := os.Rename(readyz, renamed); err != nil {
		t.Fatal(err)
	}
	r = boundcheck(t, dir, "check", "--baseline", "boundcheck-baseline.json")
	r.wantCode(t, exitFindings)
	if !strings.HasPrefix(r.stdout, "services/gateway/handler/ready.go:") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("want the finding back at ready.go alone, got:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "1 finding in the baseline no longer occur (--baseline-prune removes them):\n\tservices/gateway/handler/readyz.go: http.Get uses http.DefaultClient") {
		t.Errorf("stderr does not list the stale entry:\n%s", r.stderr)
	}

	r = boundcheck(t, dir, "check", "--baseline", "boundcheck-baseline.json", "--baseline-prune")
	r.wantCode(t, exitFindings)
	if b := readFile(t, filepath.Join(dir, "boundcheck-baseline.json")); strings.Contains(b, "readyz.go") || strings.Count(b, `"analyzer"`) != 6 {
		t.Errorf("pruned baseline still holds readyz.go, or not the other 6 entries:\n%s", b)
	}
	r = boundcheck(t, dir, "check", "--baseline", "boundcheck-baseline.json")
	if strings.Contains(r.stderr, "no longer occur") {
		t.Errorf("after pruning, entries are still stale:\n%s", r.stderr)
	}

	// Bad input: a file that is no baseline, and flags that do not go together.
	writeFile(t, filepath.Join(dir, "bad.json"), "{\"version\": 1, \"findings\": [{\"file\": \"x.go\"}]}\n")
	r = boundcheck(t, dir, "check", "--baseline", "bad.json")
	r.wantCode(t, exitError)
	if !strings.Contains(r.stderr, "bad.json: entry 1: analyzer, file and message are required") {
		t.Errorf("bad baseline: stderr %q", r.stderr)
	}
	r = boundcheck(t, dir, "check", "--baseline-prune")
	r.wantCode(t, exitError)
}

// TestE2ENewFromRev checks --new-from-rev in a real git repository: after
// a commit of the shop, a new unbounded call in a tracked file and one in
// an untracked file are reported, and the shop's other findings are not;
// a revision git does not know is an error.
func TestE2ENewFromRev(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, shopDir)
	gitIn := func(args ...string) {
		t.Helper()
		r := runIn(t, dir, "git", append([]string{"-c", "user.name=boundcheck", "-c", "user.email=boundcheck@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		r.wantCode(t, 0)
	}
	gitIn("init", "-q")
	gitIn("add", "-A")
	gitIn("commit", "-q", "-m", "shop")

	readyz := filepath.Join(dir, "services", "gateway", "handler", "readyz.go")
	src := readFile(t, readyz)
	probe := fmt.Sprintf("services/gateway/handler/readyz.go:%d:", strings.Count(src, "\n")+3) // the http.Get below
	writeFile(t, readyz, src+"\nfunc (h *Ready) probeAgain() error {\n\tresp, err := http.Get(h.ordersURL + \"/livez\")\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n")
	writeFile(t, filepath.Join(dir, "services", "gateway", "handler", "status.go"), "package handler\n\nimport \"net/http\"\n\nfunc statusOf(url string) (int, error) {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer resp.Body.Close()\n\treturn resp.StatusCode, nil\n}\n")

	r := boundcheck(t, dir, "check", "--new-from-rev", "HEAD")
	r.wantCode(t, exitFindings)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], probe) || !strings.HasPrefix(lines[1], "services/gateway/handler/status.go:6:") {
		t.Errorf("want the two new http.Get calls alone, got:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "7 findings on lines not changed since HEAD left out") {
		t.Errorf("stderr does not say what was left out:\n%s", r.stderr)
	}

	r = boundcheck(t, dir, "check", "--new-from-rev", "no-such-branch")
	r.wantCode(t, exitError)
	if !strings.Contains(r.stderr, "--new-from-rev no-such-branch: not a commit") {
		t.Errorf("unknown revision: stderr %q", r.stderr)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
