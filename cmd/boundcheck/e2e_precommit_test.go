package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EPreCommit runs the hook this repository declares
// (.pre-commit-hooks.yaml) with the pre-commit framework, as the README's
// snippet does, pinned to this clone's HEAD: pre-commit builds boundcheck
// from the commit and runs it on the shop, which fails the hook with the
// shop's findings. It needs pre-commit (Debian's package; .ci/run installs
// it) and is skipped without it, except in CI.
func TestE2EPreCommit(t *testing.T) {
	t.Parallel()
	if e2eBin == "" {
		t.Skip("end-to-end test; not run in -short mode")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed (apt-get install pre-commit)")
		}
		t.Skip("pre-commit is not installed")
	}
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	head := runIn(t, repo, "git", "rev-parse", "HEAD")
	head.wantCode(t, 0)
	dir := copyFixture(t, shopDir)
	git := func(args ...string) {
		t.Helper()
		runIn(t, dir, "git", append([]string{"-c", "user.name=boundcheck", "-c", "user.email=boundcheck@example.com", "-c", "commit.gpgsign=false"}, args...)...).wantCode(t, 0)
	}
	writeFile(t, filepath.Join(dir, ".pre-commit-config.yaml"), "repos:\n  - repo: "+repo+"\n    rev: "+strings.TrimSpace(head.stdout)+"\n    hooks:\n      - id: boundcheck\n")
	git("init", "-q")
	git("add", "-A")
	git("commit", "-q", "-m", "shop")

	// The hook's own module cache and build cache are the user's: only
	// pre-commit's clone is its own.
	env := append(testEnv(), "PRE_COMMIT_HOME="+t.TempDir())
	for _, v := range []string{"GOMODCACHE", "GOCACHE"} {
		if out, err := exec.Command("go", "env", v).Output(); err == nil {
			env = append(env, v+"="+strings.TrimSpace(string(out)))
		}
	}
	r := runEnv(t, dir, env, "pre-commit", "run", "--all-files")
	if r.code != 1 || !strings.Contains(r.stdout, "boundcheck") || !strings.Contains(r.stdout, "Failed") ||
		!strings.Contains(r.stdout, "services/gateway/handler/orders.go:13:2:") {
		t.Errorf("pre-commit run: exit %d, want 1 with the shop's findings\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}
