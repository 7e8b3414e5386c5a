package main

// End-to-end tests: TestMain builds the boundcheck binary once, and each test
// runs it the way a user does, in a copy of a fixture module, comparing its
// output with golden files in testdata/golden (go test -run TestE2E -update
// rewrites them). The fixtures are examples/shop, which uses the real pgx and
// kafka-go, and the small modules under testdata/e2e at the repository root.

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/gittest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// e2eBin is the boundcheck binary TestMain built; "" in -short mode.
var e2eBin string

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	if testing.Short() {
		return m.Run() // the end-to-end tests skip themselves
	}
	dir, err := os.MkdirTemp("", "boundcheck-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "boundcheck")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	// -buildvcs=false keeps the version "(devel)", so the SARIF golden
	// does not depend on the commit the test runs at.
	cmd := exec.Command("go", "build", "-buildvcs=false", "-o", bin, "./")
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building boundcheck: %v\n%s", err, out)
		return 2
	}
	e2eBin = bin
	// The runs keep their caches here, not in the user's cache folder.
	e2eCache = filepath.Join(dir, "cache")
	return m.Run()
}

// Fixture folders, relative to this package.
const (
	shopDir    = "../../examples/shop"
	fixtureDir = "../../testdata/e2e"
)

func TestE2EShopCheck(t *testing.T) {
	t.Parallel()
	dir := fixture(t, shopDir)
	for _, tt := range []struct {
		format, golden string
	}{
		{"text", "shop-check.txt"},
		{"json", "shop-check.json"},
		{"sarif", "shop-check.sarif"},
		{"github", "shop-check.github.txt"},
		{"checkstyle", "shop-check.checkstyle.xml"},
		{"junit", "shop-check.junit.xml"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			r := boundcheck(t, dir, "check", "--format", tt.format)
			r.wantCode(t, exitFindings)
			// inventory's store is handed two connections; three of its
			// statements name tables whose database nothing tells.
			r.wantStderr(t, "boundcheck: the whole-program checks could not see everything: 4 SQL statements on a database that could not be told; nothing is reported about them (boundcheck services lists each with file and line)\n")
			golden(t, tt.golden, r.stdout)
			switch tt.format {
			case "json":
				checkJSONFields(t, dir, r.stdout)
			case "sarif":
				checkSARIF(t, r.stdout)
			case "checkstyle", "junit":
				checkXML(t, r.stdout, tt.format)
			}
		})
	}
	t.Run("default format", func(t *testing.T) {
		r := boundcheck(t, dir, "check")
		r.wantCode(t, exitFindings)
		golden(t, "shop-check.txt", r.stdout)
	})
	t.Run("from a service folder", func(t *testing.T) {
		// Paths are relative to the working directory.
		r := boundcheck(t, filepath.Join(dir, "services", "gateway"), "check", "./...")
		r.wantCode(t, exitFindings)
		if !strings.HasPrefix(r.stdout, "handler/orders.go:13:2: ") {
			t.Errorf("stdout does not start with the gateway's crossimport finding relative to services/gateway:\n%s", r.stdout)
		}
	})
}

// TestE2EDeterminism runs check twice on the same input and wants the same
// bytes.
func TestE2EDeterminism(t *testing.T) {
	t.Parallel()
	dir := fixture(t, shopDir)
	env := append(testEnv(), "BOUNDCHECK_NOCACHE=1") // two runs, not a run and its replay
	first := runEnv(t, dir, env, e2eBin, "check", "--format", "json")
	second := runEnv(t, dir, env, e2eBin, "check", "--format", "json")
	first.wantCode(t, exitFindings)
	if first.stdout != second.stdout {
		t.Errorf("two runs of check --format json differ:\n%s", lineDiff(first.stdout, second.stdout))
	}
}

func TestE2EShopServices(t *testing.T) {
	t.Parallel()
	dir := fixture(t, shopDir)
	r := boundcheck(t, dir, "services")
	r.wantCode(t, exitClean)
	r.wantStderr(t, "")
	golden(t, "shop-services.txt", r.stdout)

	r = boundcheck(t, dir, "services", "--format", "json")
	r.wantCode(t, exitClean)
	r.wantStderr(t, "")
	golden(t, "shop-services.json", r.stdout)
	if !json.Valid([]byte(r.stdout)) {
		t.Errorf("services --format json is not valid JSON")
	}
}

func TestE2EClean(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "clean"))
	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitClean)
	r.wantStdout(t, "")
	r.wantStderr(t, "")

	r = boundcheck(t, dir, "check", "--format", "json")
	r.wantCode(t, exitClean)
	r.wantStdout(t, "{\n  \"diagnostics\": []\n}\n")
}

// TestE2EBroken: a type error in one package is reported with its position,
// and the other packages are still analysed.
func TestE2EBroken(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "broken"))
	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitError)
	typeErr := regexp.MustCompile(`(?m)^services/b/store/store\.go:7:17: cannot use "ten" .* as int value`)
	if !typeErr.MatchString(r.stderr) {
		t.Errorf("stderr does not report the type error as services/b/store/store.go:7:17:\n%s", r.stderr)
	}
	if n := len(typeErr.FindAllString(r.stderr, -1)); n > 1 {
		t.Errorf("stderr reports the type error %d times, want once:\n%s", n, r.stderr)
	}
	// crossimport reads only imports, so the broken package itself is still checked.
	broken := `services/b/store/store.go:4:8: package "example.com/broken/services/b/store" (service b) imports "example.com/broken/services/a/handler", internal to service a;`
	if !strings.Contains(r.stdout, broken) {
		t.Errorf("stdout lacks the crossimport finding in the package that does not type-check\nwant: %s\ngot:\n%s", broken, r.stdout)
	}
	want := `services/a/handler/handler.go:4:8: package "example.com/broken/services/a/handler" (service a) imports "example.com/broken/services/b/domain", internal to service b;`
	if !strings.Contains(r.stdout, want) {
		t.Errorf("stdout lacks the crossimport finding in the packages that load\nwant: %s\ngot:\n%s", want, r.stdout)
	}
	// notimeout passes over the broken package and checks the one that
	// imports it.
	if unbounded := "cmd/b/main.go:12:2: http.Get uses http.DefaultClient"; !strings.Contains(r.stdout, unbounded) {
		t.Errorf("stdout lacks the notimeout finding above the broken package\nwant: %s\ngot:\n%s", unbounded, r.stdout)
	}
	if strings.Contains(r.stderr, "skipped package") {
		t.Errorf("stderr says a package was skipped:\n%s", r.stderr)
	}
	// services/b/store/fetch.go does not parse: notimeout does not build
	// the SSA form of its holes (it used to panic there).
	if !strings.Contains(r.stderr, "services/b/store/fetch.go:15:2: expected operand") || strings.Contains(r.stderr, "internal error") {
		t.Errorf("stderr does not report fetch.go's syntax error, or reports an internal error:\n%s", r.stderr)
	}
}

// TestE2EMissingModule: an import of a module that go.mod does not require
// is a load error that names the module and the fix.
func TestE2EMissingModule(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "missingmod"))
	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitError)
	r.wantStdout(t, "")
	for _, want := range []string{
		"services/a/feed/feed.go:4:8: ",
		"github.com/boundcheck-fixture/nosuchmodule",
		"go get github.com/boundcheck-fixture/nosuchmodule",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

// TestE2EBadConfig: every config error is reported, each with its position in
// boundcheck.yaml, in one run.
func TestE2EBadConfig(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "badconfig"))
	for _, args := range [][]string{{"check"}, {"services"}} {
		t.Run(args[0], func(t *testing.T) {
			r := boundcheck(t, dir, args...)
			r.wantCode(t, exitError)
			r.wantStdout(t, "")
			golden(t, "badconfig-stderr.txt", r.stderr)
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if len(lines) < 2 || lines[0] != "boundcheck: invalid config:" {
				t.Fatalf("stderr does not start with \"boundcheck: invalid config:\" and a list:\n%s", r.stderr)
			}
			pos := regexp.MustCompile(`^boundcheck\.yaml:\d+:\d+: `)
			for _, l := range lines[1:] {
				if !pos.MatchString(l) {
					t.Errorf("config error without boundcheck.yaml:LINE:COL: %q", l)
				}
			}
			for _, want := range []string{
				`boundcheck.yaml:6:5: unknown key "owner"`,
				`boundcheck.yaml:8:61: pattern "./services/billing/..." matches no package`,
				`boundcheck.yaml:9:12: services.payments.hosts: expected a list of strings, found a string`,
				`boundcheck.yaml:10:3: service "orders" listed twice`,
				`boundcheck.yaml:15:16: rules.syncchain.max-depth: expected an integer, found a string`,
			} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q", want)
				}
			}
		})
	}
}

// usedGo matches a report in the suppress fixture's used.go, whose one
// finding is suppressed with a reason.
var usedGo = regexp.MustCompile(`(?m)^services/a/handler/used\.go:`)

// TestE2ESuppress: a directive with a reason suppresses its finding, one
// without a reason is reported and suppresses nothing, and one that
// suppresses nothing is reported as unused.
func TestE2ESuppress(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "suppress"))
	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitFindings)
	r.wantStderr(t, "")
	golden(t, "suppress-check.txt", r.stdout)
	if usedGo.MatchString(r.stdout) {
		t.Errorf("the finding suppressed with a reason in used.go is reported:\n%s", r.stdout)
	}

	r = boundcheck(t, dir, "check", "--format", "json")
	var out struct {
		Diagnostics []struct {
			Analyzer, File, Message string
			Line                    int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("check --format json: %v", err)
	}
	var got []string
	for _, d := range out.Diagnostics {
		got = append(got, fmt.Sprintf("%s:%d %s", d.File, d.Line, d.Analyzer))
	}
	want := []string{
		"services/a/handler/noreason.go:4 directive",   // no reason
		"services/a/handler/noreason.go:5 crossimport", // so not suppressed
		"services/a/handler/unused.go:4 directive",     // suppresses nothing
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range out.Diagnostics {
		switch d.File {
		case "services/a/handler/noreason.go":
			if d.Analyzer == "directive" && !strings.Contains(d.Message, "needs a reason") {
				t.Errorf("directive without a reason: message %q does not say it needs a reason", d.Message)
			}
		case "services/a/handler/unused.go":
			if !strings.Contains(d.Message, "suppresses nothing") {
				t.Errorf("unused directive: message %q does not say it suppresses nothing", d.Message)
			}
		}
	}
}

func TestE2EExplain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := boundcheck(t, dir, "explain")
	r.wantCode(t, exitClean)
	if !regexp.MustCompile(`(?m)^crossimport +\S`).MatchString(r.stdout) {
		t.Errorf("explain does not list crossimport with its title:\n%s", r.stdout)
	}

	r = boundcheck(t, dir, "explain", "crossimport")
	r.wantCode(t, exitClean)
	if !strings.HasPrefix(r.stdout, "crossimport: ") {
		t.Errorf("explain crossimport does not start with its title:\n%s", r.stdout)
	}
	for _, want := range []string{"\nBad:\n", "\nGood:\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain crossimport lacks %q:\n%s", strings.TrimSpace(want), r.stdout)
		}
	}

	r = boundcheck(t, dir, "explain", "nosuch")
	r.wantCode(t, exitError)
	r.wantStdout(t, "")
	if !strings.Contains(r.stderr, `unknown analyzer "nosuch"`) || !strings.Contains(r.stderr, "crossimport") {
		t.Errorf("explain nosuch: stderr does not name the unknown analyzer and the known ones:\n%s", r.stderr)
	}
}

func TestE2EVersion(t *testing.T) {
	t.Parallel()
	r := boundcheck(t, t.TempDir(), "version")
	r.wantCode(t, exitClean)
	r.wantStderr(t, "")
	if !regexp.MustCompile(`^boundcheck \S.* go\S+ \w+/\w+\n$`).MatchString(r.stdout) {
		t.Errorf("version printed %q, want \"boundcheck VERSION GOVERSION GOOS/GOARCH\"", r.stdout)
	}
}

func TestE2EUsageErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"check", "--nosuch"}, "unknown flag: --nosuch"},
		{[]string{"check", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"services", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"nosuch"}, `unknown command "nosuch"`},
		{[]string{"version", "extra"}, `"extra"`},
		{[]string{"explain", "crossimport", "extra"}, "accepts at most 1 arg"},
		{[]string{"cache", "nosuch"}, `unknown command "nosuch" for "boundcheck cache"`},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := boundcheck(t, dir, tt.args...)
			r.wantCode(t, exitError)
			r.wantStdout(t, "")
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, r.stderr)
			}
		})
	}
}

// TestE2EVet runs boundcheck as go vet's -vettool.
func TestE2EVet(t *testing.T) {
	t.Parallel()
	t.Run("finding", func(t *testing.T) {
		dir := fixture(t, filepath.Join(fixtureDir, "suppress"))
		r := goCmd(t, dir, "vet", "-vettool="+e2eBin, "./...")
		if r.code == 0 {
			t.Errorf("go vet exited 0 on a crossimport finding; stderr:\n%s", r.stderr)
		}
		for _, want := range []string{
			`services/a/handler/noreason.go:5:10: package "example.com/suppress/services/a/handler" (service a) imports "example.com/suppress/services/b/domain", internal to service b`,
			"services/a/handler/noreason.go:4:2: //boundcheck:ignore crossimport needs a reason",
			"services/a/handler/unused.go:4:2: //boundcheck:ignore crossimport suppresses nothing",
		} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("go vet stderr lacks %q:\n%s", want, r.stderr)
			}
		}
		if usedGo.MatchString(r.stderr) {
			t.Errorf("go vet reports the finding suppressed with a reason in used.go:\n%s", r.stderr)
		}
	})
	t.Run("badconfig", func(t *testing.T) {
		// A bad config is said once, by the -V=full call, not once per package.
		dir := fixture(t, filepath.Join(fixtureDir, "badconfig"))
		r := goCmd(t, dir, "vet", "-vettool="+e2eBin, "./...")
		if r.code == 0 {
			t.Errorf("go vet exited 0 with an invalid config")
		}
		const want = `boundcheck.yaml:6:5: unknown key "owner" in services.orders`
		if n := strings.Count(r.stderr, want); n != 1 {
			t.Errorf("go vet stderr has %q %d times, want once:\n%s", want, n, r.stderr)
		}
	})
	t.Run("shop", func(t *testing.T) {
		// go vet hands the tool every dependency; for the standard library
		// and downloaded modules it does nothing (vet.inert), as check
		// analyses none of them: every finding of go vet is one of check's.
		dir := fixture(t, shopDir)
		r := goCmd(t, dir, "vet", "-vettool="+e2eBin, "./...")
		c := boundcheck(t, dir, "check")
		n := 0
		for _, line := range strings.Split(r.stderr, "\n") {
			if !vetFinding.MatchString(line) {
				continue
			}
			n++
			if !strings.Contains(c.stdout, line) {
				t.Errorf("go vet reports what check does not: %s", line)
			}
		}
		if n < 2 {
			t.Errorf("go vet reported %d findings on the shop, want its crossimport and notimeout ones; stderr:\n%s", n, r.stderr)
		}
	})
	t.Run("clean", func(t *testing.T) {
		dir := fixture(t, filepath.Join(fixtureDir, "clean"))
		r := goCmd(t, dir, "vet", "-vettool="+e2eBin, "./...")
		r.wantCode(t, 0)
		r.wantStderr(t, "")
	})
}

// vetFinding matches a line of go vet's output that is a finding (not a
// related position, whose message starts with a tab).
var vetFinding = regexp.MustCompile(`^[^\s#][^:]*\.go:\d+:\d+: [^\t]`)

// TestE2EVetCache checks that a config change reaches go vet, which caches a
// vet tool's successful runs by the tool's -V=full answer: without the config
// in it, the second run would replay the first, clean one.
func TestE2EVetCache(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, filepath.Join(fixtureDir, "clean"))
	vet := func() result { return goCmd(t, dir, "vet", "-vettool="+e2eBin, "./...") }

	r := vet()
	r.wantCode(t, 0)
	r.wantStderr(t, "")

	// Give pkg/log to payments: orders' imports of it now cross a boundary.
	cfg := `version: 1
services:
  orders:
    packages: ["./cmd/orders", "./services/orders/..."]
  payments:
    packages: ["./cmd/payments", "./services/payments/...", "./pkg/log"]
`
	if err := os.WriteFile(filepath.Join(dir, "boundcheck.yaml"), []byte(cfg), 0o666); err != nil {
		t.Fatal(err)
	}
	r = vet()
	if r.code == 0 {
		t.Fatalf("go vet exited 0 after boundcheck.yaml gave pkg/log to payments: a stale cached result; stderr:\n%s", r.stderr)
	}
	want := `services/orders/handler/handler.go:5:2: package "example.com/clean/services/orders/handler" (service orders) imports "example.com/clean/pkg/log", internal to service payments`
	if !strings.Contains(r.stderr, want) {
		t.Errorf("go vet stderr lacks %q:\n%s", want, r.stderr)
	}

	// And back.
	if err := os.Remove(filepath.Join(dir, "boundcheck.yaml")); err != nil {
		t.Fatal(err)
	}
	r = vet()
	r.wantCode(t, 0)
	r.wantStderr(t, "")
}

// A result is what one command printed and its exit status.
type result struct {
	args           []string
	stdout, stderr string
	code           int
}

func (r result) wantCode(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Errorf("%s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(r.args, " "), r.code, code, r.stdout, r.stderr)
	}
}

func (r result) wantStdout(t *testing.T, want string) {
	t.Helper()
	if r.stdout != want {
		t.Errorf("%s: stdout:\n%s\nwant:\n%s", strings.Join(r.args, " "), r.stdout, want)
	}
}

func (r result) wantStderr(t *testing.T, want string) {
	t.Helper()
	if r.stderr != want {
		t.Errorf("%s: stderr:\n%s\nwant:\n%s", strings.Join(r.args, " "), r.stderr, want)
	}
}

// decodeJSON decodes the stdout of r into v.
func decodeJSON(t *testing.T, r result, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(r.args, " "), err, r.stdout)
	}
}

// boundcheck runs the binary in dir.
func boundcheck(t *testing.T, dir string, args ...string) result {
	t.Helper()
	if e2eBin == "" {
		t.Skip("end-to-end test; not run in -short mode")
	}
	return runIn(t, dir, e2eBin, args...)
}

// goCmd runs the go command in dir.
func goCmd(t *testing.T, dir string, args ...string) result {
	t.Helper()
	if e2eBin == "" {
		t.Skip("end-to-end test; not run in -short mode")
	}
	return runIn(t, dir, "go", args...)
}

func runIn(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	return runEnv(t, dir, testEnv(), name, args...)
}

// runEnv is runIn with the environment env.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{args: append([]string{filepath.Base(name)}, args...), stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("running %s: %v", strings.Join(r.args, " "), err)
	}
	// DESIGN.md, "Exit codes": never a panic trace.
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic: ") {
		t.Errorf("%s printed a panic trace:\n%s", strings.Join(r.args, " "), r.stderr)
	}
	return r
}

// testEnv is the environment of the commands run: the test's own, without
// GOFLAGS (a -mod=mod or -mod=vendor there would change what the fixtures
// mean) and with workspaces off, so that nothing outside a fixture counts.
func testEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOFLAGS=") || strings.HasPrefix(kv, "GOWORK=") || strings.HasPrefix(kv, "BOUNDCHECK_CACHE=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOWORK=off", "BOUNDCHECK_CACHE="+e2eCache)
}

// e2eCache is the cache folder of the runs of the end-to-end tests.
var e2eCache string

// fixture copies the module in src to a temporary folder, so that nothing is
// written into the repository, and checks when the test ends that boundcheck
// wrote nothing into the copy either.
func fixture(t *testing.T, src string) string {
	t.Helper()
	return checkedFixture(t, src, copyFixture(t, src))
}

// fixtureNoRepository is fixture outside any git repository.
func fixtureNoRepository(t *testing.T, src string) string {
	t.Helper()
	return checkedFixture(t, src, copyPlain(t, src))
}

// checkedFixture fails the test if a run changed the copy dir of src.
func checkedFixture(t *testing.T, src, dir string) string {
	t.Helper()
	t.Cleanup(func() {
		want, got := treeFiles(t, src), treeFiles(t, dir)
		for name, data := range got {
			if w, ok := want[name]; !ok {
				t.Errorf("a run wrote %s into the analysed tree", name)
			} else if w != data {
				t.Errorf("a run changed %s in the analysed tree", name)
			}
		}
		for name := range want {
			if _, ok := got[name]; !ok {
				t.Errorf("a run removed %s from the analysed tree", name)
			}
		}
	})
	return dir
}

// copyFixture copies the module in src to a temporary folder, in a git
// repository of one commit, as a tree a user checks is: the repository's
// top is the folder above, so that nothing of git's is in the tree.
func copyFixture(t *testing.T, src string) string {
	t.Helper()
	if e2eBin == "" {
		t.Skip("end-to-end test; not run in -short mode")
	}
	dir := copyPlain(t, src)
	repo := filepath.Dir(dir)
	r := gittest.At(t, repo)
	r.Git("", "init", "-q", "-b", "main")
	r.Commit("", "fixture")
	return dir
}

// copyPlain copies the module in src to a temporary folder, outside any
// git repository.
func copyPlain(t *testing.T, src string) string {
	t.Helper()
	if e2eBin == "" {
		t.Skip("end-to-end test; not run in -short mode")
	}
	dir := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatalf("copying fixture %s: %v", src, err)
	}
	return dir
}

// treeFiles maps each file below dir to its content.
func treeFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// golden compares got with testdata/golden/name byte for byte, or rewrites
// the file with -update. Golden output must not hold absolute paths or
// timings, so it is the same on every machine.
func golden(t *testing.T, name, got string) {
	t.Helper()
	checkPortable(t, name, got)
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test -run '%s' -update to create it", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -run '%s' -update rewrites it):\n%s", path, t.Name(), lineDiff(string(want), got))
	}
}

var timing = regexp.MustCompile(`\b\d+(\.\d+)?(ns|µs|us|ms)\b|\b\d+\.\d+s\b`)

// checkPortable fails when out holds an absolute path of this machine or
// something that looks like a timing.
func checkPortable(t *testing.T, name, out string) {
	t.Helper()
	var roots []string
	if wd, err := os.Getwd(); err == nil {
		roots = append(roots, filepath.Dir(filepath.Dir(wd))) // the repository
	}
	roots = append(roots, os.TempDir())
	if home, err := os.UserHomeDir(); err == nil {
		roots = append(roots, home)
	}
	for _, root := range roots {
		if len(root) > 1 && strings.Contains(out, root) {
			t.Errorf("%s holds the absolute path %s", name, root)
		}
	}
	if m := timing.FindString(out); m != "" {
		t.Errorf("%s holds what looks like a timing: %q", name, m)
	}
}

// lineDiff shows where want and got first differ, with a few lines around.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	from := max(0, i-2)
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d (want %d lines, got %d)\n", i+1, len(w), len(g))
	for j := from; j < i+3 && j < len(w); j++ {
		fmt.Fprintf(&b, "want %4d: %s\n", j+1, w[j])
	}
	for j := from; j < i+3 && j < len(g); j++ {
		fmt.Fprintf(&b, "got  %4d: %s\n", j+1, g[j])
	}
	return b.String()
}

// checkJSONFields checks the fields that DESIGN.md, "JSON output (check
// --format json)" promises, and that each file is relative to dir, the
// working directory.
func checkJSONFields(t *testing.T, dir, out string) {
	t.Helper()
	var doc struct {
		Diagnostics []map[string]any `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("check --format json: %v", err)
	}
	if len(doc.Diagnostics) == 0 {
		t.Fatalf("check --format json reported no diagnostics")
	}
	for i, d := range doc.Diagnostics {
		for _, field := range []string{"analyzer", "file", "line", "column", "service", "message"} {
			if _, ok := d[field]; !ok {
				t.Errorf("diagnostic %d lacks %q: %v", i, field, d)
			}
		}
		file, _ := d["file"].(string)
		if filepath.IsAbs(file) || strings.HasPrefix(file, "..") || strings.Contains(file, `\`) {
			t.Errorf("diagnostic %d: file %q is not a slash-separated path below the working directory", i, file)
		} else if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(file))); err != nil {
			t.Errorf("diagnostic %d: file %q is not relative to the working directory: %v", i, file, err)
		}
		if line, _ := d["line"].(float64); line < 1 {
			t.Errorf("diagnostic %d: line %v", i, d["line"])
		}
	}
}

// checkSARIF checks the shape code scanning relies on.
func checkSARIF(t *testing.T, out string) {
	t.Helper()
	var doc struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name string `json:"name"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("check --format sarif: %v", err)
	}
	if doc.Version != "2.1.0" || len(doc.Runs) != 1 || doc.Runs[0].Tool.Driver.Name != "boundcheck" {
		t.Fatalf("check --format sarif: version %q, %d runs; want one run of boundcheck in SARIF 2.1.0", doc.Version, len(doc.Runs))
	}
	for _, res := range doc.Runs[0].Results {
		if res.RuleID == "" || len(res.Locations) == 0 || res.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" {
			t.Errorf("SARIF result without rule or location: %+v", res)
		}
	}
}

// TestE2EOutbound runs notimeout on a module that uses the real grpc
// module: its generated health client, a blocking grpc.Dial, and an HTTP
// handler whose request context reaches a client without Timeout. check
// reports all three; go vet, which sees one package at a time, reports the
// two that do not depend on the server's middleware.
func TestE2EOutbound(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "outbound"))
	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitFindings)
	r.wantStderr(t, "")
	golden(t, "outbound-check.txt", r.stdout)

	v := goCmd(t, dir, "vet", "-vettool="+e2eBin, "./...")
	if v.code == 0 {
		t.Errorf("go vet exited 0; stderr:\n%s", v.stderr)
	}
	for _, want := range []string{
		"cmd/probe/main.go:26:22: (grpc_health_v1.HealthClient).Check uses context.Background(), which has no deadline",
		"cmd/probe/main.go:38:15: grpc.Dial uses grpc.WithBlock and no context",
	} {
		if !strings.Contains(v.stderr, want) {
			t.Errorf("go vet stderr lacks %q:\n%s", want, v.stderr)
		}
	}
	if strings.Contains(v.stderr, "stock.go") {
		t.Errorf("go vet reports the incoming-request call, which needs the whole program:\n%s", v.stderr)
	}
}

// TestE2EWorkspaceRoot runs check at the root of a go.work whose folder is
// not a module itself, where the go command finds no packages in "./...":
// each module of the workspace is analysed.
func TestE2EWorkspaceRoot(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "workspace"))
	// The other tests turn workspaces off; this one needs its go.work.
	var env []string
	for _, kv := range testEnv() {
		if kv != "GOWORK=off" {
			env = append(env, kv)
		}
	}
	r := runEnv(t, dir, env, e2eBin, "check")
	r.wantCode(t, exitFindings)
	r.wantStderr(t, "")
	const want = "orders/main.go:7:2: http.Get uses http.DefaultClient, which has no timeout"
	if !strings.HasPrefix(r.stdout, want) || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("stdout is not the one finding in orders:\n%s", r.stdout)
	}
}

// checkXML checks that a checkstyle or JUnit report is well-formed XML
// with as many findings as the text output has, each at a relative path
// that exists in the fixture.
func checkXML(t *testing.T, out, format string) {
	t.Helper()
	var n int
	switch format {
	case "checkstyle":
		var doc struct {
			XMLName xml.Name
			Files   []struct {
				Name   string     `xml:"name,attr"`
				Errors []struct{} `xml:"error"`
			} `xml:"file"`
		}
		if err := xml.Unmarshal([]byte(out), &doc); err != nil || doc.XMLName.Local != "checkstyle" {
			t.Fatalf("check --format checkstyle: %v, root %q", err, doc.XMLName.Local)
		}
		for _, f := range doc.Files {
			if filepath.IsAbs(f.Name) || f.Name == "" {
				t.Errorf("checkstyle file name %q is not relative", f.Name)
			}
			n += len(f.Errors)
		}
	case "junit":
		var doc struct {
			XMLName xml.Name
			Tests   int `xml:"tests,attr"`
			Suites  []struct {
				Cases []struct {
					ClassName string `xml:"classname,attr"`
				} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		if err := xml.Unmarshal([]byte(out), &doc); err != nil || doc.XMLName.Local != "testsuites" {
			t.Fatalf("check --format junit: %v, root %q", err, doc.XMLName.Local)
		}
		for _, s := range doc.Suites {
			n += len(s.Cases)
		}
		if doc.Tests != n {
			t.Errorf("junit tests=%d, but %d test cases", doc.Tests, n)
		}
	}
	text, err := os.ReadFile(filepath.Join("testdata", "golden", "shop-check.txt"))
	if err != nil {
		t.Fatal(err)
	}
	findings := 0
	for _, line := range strings.Split(string(text), "\n") {
		if line != "" && !strings.HasPrefix(line, "\t") {
			findings++
		}
	}
	if n != findings {
		t.Errorf("check --format %s: %d findings, the text golden has %d", format, n, findings)
	}
}
