package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestE2EPackageCache checks the per-package entries of the result cache on
// a system that uses the real libraries: after a change, only the changed
// package and the packages that import it are analysed again, and every run
// prints what a run without the cache prints, whether the change is a
// comment, a change that another package's findings depend on, a type
// error, or the way back to the start.
func TestE2EPackageCache(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, filepath.Join(fixtureDir, "system"))
	cached := append(testEnv(), "BOUNDCHECK_CACHE="+t.TempDir())
	uncached := append(testEnv(), "BOUNDCHECK_NOCACHE=1")
	statsRE := regexp.MustCompile(`per-package analyses: (\d+) read from the result cache, (\d+) run`)
	// run checks the tree with the cache and without, wants the same exit
	// status and findings, and returns the analyses read and run; -1 read
	// when the whole run was replayed.
	run := func(what string) (stdout string, hits, runs int) {
		t.Helper()
		r := runEnv(t, dir, cached, e2eBin, "check", "--timings", "--format", "json", "./...")
		want := runEnv(t, dir, uncached, e2eBin, "check", "--format", "json", "./...")
		if r.code != want.code || r.stdout != want.stdout {
			t.Errorf("%s: with the cache, exit %d and\n%s\nwithout, exit %d and\n%s", what, r.code, r.stdout, want.code, want.stdout)
		}
		if strings.Contains(r.stderr, "time: from the result cache") {
			return r.stdout, -1, 0 // the whole run replayed
		}
		m := statsRE.FindStringSubmatch(r.stderr)
		if m == nil {
			t.Fatalf("%s: no per-package line in stderr:\n%s", what, r.stderr)
		}
		hits, _ = strconv.Atoi(m[1])
		runs, _ = strconv.Atoi(m[2])
		return r.stdout, hits, runs
	}
	file := func(rel string) (read func() string, write func(string)) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		read = func() string {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		}
		write = func(s string) {
			if err := os.WriteFile(p, []byte(s), 0o666); err != nil {
				t.Fatal(err)
			}
		}
		return read, write
	}

	start, hits, total := run("first run")
	if hits != 0 || total == 0 {
		t.Fatalf("first run: %d read, %d run; want 0 read", hits, total)
	}

	// A main package, which nothing imports, warms the orders client up
	// with a context that has no deadline: the client's own timeout
	// bounds the call.
	readMain, writeMain := file("cmd/gateway/main.go")
	mainSrc := readMain()
	const made = `orders := gateway.NewOrdersClient(os.Getenv("ORDERS_URL"))`
	if !strings.Contains(mainSrc, made) {
		t.Fatalf("cmd/gateway/main.go lacks %s", made)
	}
	writeMain(strings.Replace(mainSrc, made, made+"\n\t_, _ = orders.Get(context.Background(), \"warm-up\")", 1))
	_, hits, leafRuns := run("a call added to cmd/gateway")
	if leafRuns == 0 || hits+leafRuns != total || leafRuns*10 > total {
		t.Errorf("a call added to cmd/gateway: %d read, %d run of %d; want a few run, the rest read", hits, leafRuns, total)
	}

	// The orders client loses its timeout: a change in a package that
	// cmd/gateway imports, which changes cmd/gateway's findings (the
	// warm-up's context reaches a call with no time limit).
	readClient, writeClient := file("services/gateway/orders.go")
	clientSrc := readClient()
	const limited = "&http.Client{Timeout: 5 * time.Second}"
	if !strings.Contains(clientSrc, limited) {
		t.Fatalf("services/gateway/orders.go lacks %s", limited)
	}
	noLimit := strings.Replace(clientSrc, limited, "&http.Client{}", 1)
	noLimit = strings.Replace(noLimit, "\t\"time\"\n", "", 1)
	writeClient(noLimit)
	changed, hits, runs := run("the orders client without a timeout")
	if changed == start {
		t.Errorf("removing the client's timeout changed no finding:\n%s", changed)
	}
	if runs <= leafRuns || hits == 0 {
		t.Errorf("a change to services/gateway: %d read, %d run; want more run than for cmd/gateway alone (%d), and some read", hits, runs, leafRuns)
	}

	if !strings.Contains(changed, "cmd/gateway/main.go") {
		t.Errorf("no finding in cmd/gateway/main.go after the client lost its timeout:\n%s", changed)
	}

	// A type error, then the tree as it was at the start.
	writeClient(strings.Replace(clientSrc, "return c.http.Do(req)", "return c.http.Do(req, 1)", 1))
	run("a type error in services/gateway")
	writeClient(clientSrc)
	writeMain(mainSrc)
	back, hits, runs := run("the tree as at the start")
	if back != start {
		t.Errorf("the tree as at the start gives other findings:\n%s\nwant:\n%s", back, start)
	}
	if hits >= 0 {
		t.Errorf("the tree as at the start: %d read, %d run; want the first run replayed", hits, runs)
	}
}

// TestE2EPackageCacheModules: in a tree of two modules, where one requires
// the other through a replace, the shared module's packages are loaded from
// source twice (once as its own roots, once as the service's imports); a
// comment in the service's main is analysed again alone, both copies of the
// shared packages read from the cache.
func TestE2EPackageCacheModules(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{
		"shared/go.mod": "module example.com/shared\n\ngo 1.26\n",
		"svc/go.mod":    "module example.com/svc\n\ngo 1.26\n\nrequire example.com/shared v0.0.0\n\nreplace example.com/shared => ../shared\n",
		"svc/cmd/svc/main.go": `package main

import (
	"example.com/shared/a"
	"example.com/shared/b"
	"example.com/shared/c"
	"example.com/shared/d"
	"example.com/shared/e"
)

func main() { a.A(); b.B(); c.C(); d.D(); e.E() }
`,
	}
	for _, p := range []string{"a", "b", "c", "d", "e"} {
		files["shared/"+p+"/"+p+".go"] = "package " + p + "\n\n// " + strings.ToUpper(p) + " is shared.\nfunc " + strings.ToUpper(p) + "() {}\n"
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	cached := append(testEnv(), "BOUNDCHECK_CACHE="+t.TempDir())
	statsRE := regexp.MustCompile(`per-package analyses: (\d+) read from the result cache, (\d+) run`)
	run := func() (hits, runs int, stdout string) {
		t.Helper()
		r := runEnv(t, dir, cached, e2eBin, "check", "--timings", "./...")
		m := statsRE.FindStringSubmatch(r.stderr)
		if m == nil {
			t.Fatalf("no per-package line in stderr:\n%s", r.stderr)
		}
		hits, _ = strconv.Atoi(m[1])
		runs, _ = strconv.Atoi(m[2])
		return hits, runs, r.stdout
	}
	// The two copies of a shared package have one key: the second may
	// read what the first stored in the same run.
	h, r, first := run()
	total := h + r
	main := filepath.Join(dir, "svc", "cmd", "svc", "main.go")
	if err := os.WriteFile(main, []byte(files["svc/cmd/svc/main.go"]+"\n// a comment\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	hits, runs, second := run()
	if runs == 0 || hits+runs != total || runs*4 > total {
		t.Errorf("a comment in svc's main: %d read, %d run of %d; want the main package's analyses run, the rest read", hits, runs, total)
	}
	if second != first {
		t.Errorf("findings after a comment:\n%s\nwant:\n%s", second, first)
	}
}
