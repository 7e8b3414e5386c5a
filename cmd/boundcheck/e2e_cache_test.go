package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EResultCache checks the result cache of check: a second run over an
// unchanged tree replays the first, and any change to what a run reads (a
// config, a Go file, a deployment file) is a miss; a corrupt or truncated
// entry is a miss too, never a wrong result or a crash; cache clean empties
// the folder.
func TestE2EResultCache(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, filepath.Join(fixtureDir, "clean"))
	cacheDir := t.TempDir()
	env := append(testEnv(), "BOUNDCHECK_CACHE="+cacheDir) // the last setting wins
	check := func() result { return runEnv(t, dir, env, e2eBin, "check", "-v", "./...") }
	const hit = "boundcheck: results from the result cache"
	hits := func(r result) bool { return strings.Contains(r.stderr, hit) }
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}

	first := check()
	first.wantCode(t, exitClean)
	if hits(first) {
		t.Fatalf("the first run came from an empty cache:\n%s", first.stderr)
	}
	second := check()
	second.wantCode(t, exitClean)
	if !hits(second) {
		t.Errorf("a run over an unchanged tree was not replayed; stderr:\n%s", second.stderr)
	}
	second.wantStdout(t, first.stdout)

	// A config that gives pkg/log to payments: orders' import of it crosses
	// a boundary.
	write("boundcheck.yaml", `version: 1
services:
  orders:
    packages: ["./cmd/orders", "./services/orders/..."]
  payments:
    packages: ["./cmd/payments", "./services/payments/...", "./pkg/log"]
`)
	r := check()
	r.wantCode(t, exitFindings)
	if hits(r) {
		t.Errorf("a run after a config change was replayed:\n%s", r.stderr)
	}
	finding := `services/orders/handler/handler.go:5:2: package "example.com/clean/services/orders/handler" (service orders) imports "example.com/clean/pkg/log", internal to service payments`
	if !strings.Contains(r.stdout, finding) {
		t.Errorf("stdout lacks %q:\n%s", finding, r.stdout)
	}

	// A Go file whose import goes away: the finding with it, though the
	// file keeps its size (a run keyed on sizes and times alone could miss
	// a change made within the clock's tick).
	handler := filepath.Join("services", "orders", "handler", "handler.go")
	data, err := os.ReadFile(filepath.Join(dir, handler))
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	const imp, use = `	"example.com/clean/pkg/log"`, `log.Print("placed " + o.ID)`
	edited := strings.Replace(src, imp, "//"+imp[1:], 1) // one byte longer
	unused := `_ = "placed " + o.ID`
	edited = strings.Replace(edited, use, unused+strings.Repeat(" ", len(use)-len(unused)-1), 1)
	if len(edited) != len(src) || edited == src {
		t.Fatalf("the edit changed the size of %s, or nothing", handler)
	}
	write(handler, edited)
	r = check()
	if hits(r) || strings.Contains(r.stdout, finding) {
		t.Errorf("a run after a Go file changed was replayed:\n%s%s", r.stdout, r.stderr)
	}
	write(handler, src)
	if r := check(); !hits(r) || !strings.Contains(r.stdout, finding) {
		t.Errorf("the tree as it was two runs ago: hit %t, stdout:\n%s", hits(r), r.stdout)
	}

	// A deployment file is read too.
	write("docker-compose.yml", "services:\n  orders:\n    image: orders\n")
	if r := check(); hits(r) {
		t.Errorf("a run after a compose file appeared was replayed:\n%s", r.stderr)
	}
	want := check()
	if !hits(want) {
		t.Fatalf("not replayed:\n%s", want.stderr)
	}

	// Every file of the cache cut in half, then every one garbled: misses,
	// and the same findings as before.
	for _, damage := range []func(data []byte) []byte{
		func(data []byte) []byte { return data[:len(data)/2] },
		func(data []byte) []byte {
			for i := range data {
				data[i] ^= 0x5a
			}
			return data
		},
	} {
		n := 0
		err := filepath.WalkDir(filepath.Join(cacheDir, "results"), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || d.Name() == "trim.txt" {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			n++
			return os.WriteFile(p, damage(data), 0o666)
		})
		if err != nil || n == 0 {
			t.Fatalf("damaging %d cache files: %v", n, err)
		}
		r := check()
		if hits(r) {
			t.Errorf("a damaged entry was replayed:\n%s", r.stderr)
		}
		r.wantCode(t, exitFindings)
		r.wantStdout(t, want.stdout)
		if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "internal error") {
			t.Errorf("stderr:\n%s", r.stderr)
		}
	}

	clean := runEnv(t, dir, env, e2eBin, "cache", "clean")
	clean.wantCode(t, exitClean)
	entries, err := os.ReadDir(cacheDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("cache clean left %s", e.Name())
	}
	if r := check(); hits(r) {
		t.Errorf("a run after cache clean was replayed:\n%s", r.stderr)
	}

	// A cache folder that cannot be made: said, and the run goes on.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	r = runEnv(t, dir, append(testEnv(), "BOUNDCHECK_CACHE="+file), e2eBin, "check", "./...")
	r.wantCode(t, exitFindings)
	r.wantStdout(t, want.stdout)
	if !strings.Contains(r.stderr, "boundcheck: note: no result cache: ") {
		t.Errorf("a cache folder that is a file, not said:\n%s", r.stderr)
	}
}
