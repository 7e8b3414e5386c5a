package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestE2EInit writes a config for the shop with init and checks it as a
// new user would: the file names the schema, loads, and the shop's
// findings with it are those it has by convention; a second init keeps
// the file unless --force.
func TestE2EInit(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, shopDir)
	r := boundcheck(t, dir, "init")
	r.wantCode(t, exitClean)
	r.wantStderr(t, "boundcheck: wrote boundcheck.yaml: 5 services\n")
	cfg := readFile(t, filepath.Join(dir, "boundcheck.yaml"))
	if !strings.HasPrefix(cfg, "# yaml-language-server: $schema=") {
		t.Errorf("boundcheck.yaml does not start with the schema modeline:\n%s", cfg)
	}
	for _, want := range []string{
		`orders:`, `packages: ["./cmd/orders/...", "./services/orders/..."]`, `api: ["./services/orders/api/..."]`,
		`tables: ["orders", "order_items"]`, `shared: ["./pkg/..."]`, `# main package cmd/orders`,
	} {
		if !strings.Contains(cfg, want) {
			t.Errorf("boundcheck.yaml lacks %q:\n%s", want, cfg)
		}
	}

	r = boundcheck(t, dir, "services")
	r.wantCode(t, exitClean)
	if !strings.HasPrefix(r.stdout, "5 services in ., from boundcheck.yaml") {
		t.Errorf("services with the written config:\n%s", r.stdout)
	}
	// The findings by convention, at the same places (a message may say
	// the config is where ownership comes from).
	r = boundcheck(t, dir, "check", "--format", "json")
	r.wantCode(t, exitFindings)
	want, err := os.ReadFile(filepath.Join("testdata", "golden", "shop-check.json"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := findingPlaces(t, r.stdout), findingPlaces(t, string(want)); !slices.Equal(got, want) {
		t.Errorf("with the written config, findings at\n%s\nwant (by convention)\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	r = boundcheck(t, dir, "init")
	r.wantCode(t, exitError)
	if !strings.Contains(r.stderr, "boundcheck.yaml exists; boundcheck init --force overwrites it") {
		t.Errorf("second init: stderr %q", r.stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "boundcheck.yaml"), []byte("version: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = boundcheck(t, dir, "init", "--force")
	r.wantCode(t, exitClean)
	if got := readFile(t, filepath.Join(dir, "boundcheck.yaml")); got != cfg {
		t.Errorf("init --force wrote another file:\n%s\nwant\n%s", got, cfg)
	}
	// Both names in one folder: a run refuses them, and so does init,
	// even with --force.
	writeFile(t, filepath.Join(dir, ".boundcheck.yaml"), cfg)
	r = boundcheck(t, dir, "init", "--force")
	r.wantCode(t, exitError)
	if !strings.Contains(r.stderr, "boundcheck.yaml and .boundcheck.yaml both exist; remove one") {
		t.Errorf("init with both config names: stderr %q", r.stderr)
	}
}

// findingPlaces lists the analyzer and position of each finding of a
// check --format json output.
func findingPlaces(t *testing.T, out string) []string {
	t.Helper()
	var doc struct {
		Diagnostics []struct {
			Analyzer, File string
			Line, Column   int
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var places []string
	for _, d := range doc.Diagnostics {
		places = append(places, fmt.Sprintf("%s %s:%d:%d", d.Analyzer, d.File, d.Line, d.Column))
	}
	return places
}

// TestE2EProgress: progress is drawn on stderr with --progress, even into
// a pipe, and never on stdout; without the flag a pipe gets none.
func TestE2EProgress(t *testing.T) {
	t.Parallel()
	dir := fixture(t, shopDir)
	r := boundcheck(t, dir, "check", "--progress")
	r.wantCode(t, exitFindings)
	golden(t, "shop-check.txt", r.stdout)
	for _, phase := range []string{"boundcheck: loading packages", "boundcheck: analysing packages", "boundcheck: whole-program checks"} {
		if !strings.Contains(r.stderr, phase) {
			t.Errorf("--progress: stderr lacks %q:\n%q", phase, r.stderr)
		}
	}
	r = boundcheck(t, dir, "check")
	if strings.Contains(r.stderr, "analysing packages") {
		t.Errorf("progress drawn into a pipe without --progress:\n%q", r.stderr)
	}

	// Where the time goes: --timings says it per phase and analyzer, and the
	// profile flags write what go tool pprof and go tool trace read.
	prof := t.TempDir()
	cpu, mem, trace := filepath.Join(prof, "cpu.pprof"), filepath.Join(prof, "mem.pprof"), filepath.Join(prof, "run.trace")
	// Not from the result cache: the runs above stored this tree's results.
	r = runEnv(t, dir, append(testEnv(), "BOUNDCHECK_NOCACHE=1"), e2eBin, "check", "--timings", "--cpuprofile", cpu, "--memprofile", mem, "--trace", trace)
	r.wantCode(t, exitFindings)
	for _, want := range []string{"boundcheck: time: load ", "(go list ", "parse and type-check ", "passes by analyzer, summed", "stage syncchain ", "slowest packages, every analyzer's passes summed: example.com/shop/"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("--timings does not say where the time went (%q):\n%s", want, r.stderr)
		}
	}
	r = boundcheck(t, dir, "check", "--timings")
	if !strings.Contains(r.stderr, "boundcheck: time: from the result cache ") {
		t.Errorf("--timings on a run replayed from the cache:\n%s", r.stderr)
	}
	for name, magic := range map[string]string{cpu: "\x1f\x8b", mem: "\x1f\x8b", trace: "go 1."} {
		if data := readFile(t, name); !strings.HasPrefix(data, magic) {
			t.Errorf("%s does not start with %q (%d bytes)", filepath.Base(name), magic, len(data))
		}
	}
}
