//go:build unix

package driver_test

// Benchmarks of boundcheck against its floor on a generated monorepo:
//
//	go test -run '^$' -bench . -benchtime 3x ./internal/driver/
//
// BenchmarkFloor is the bare go/packages load a run pays before any analysis
// (driver.Load, same patterns, tests and LoadMode); BenchmarkCheck is what
// `boundcheck check ./...` does (rules.Load, analyzers.Enabled, driver.Run);
// BenchmarkRulesLoad is the per-invocation cost of the service model, which
// go vet mode pays once per package.
//
// The monorepo has BOUNDCHECK_BENCH_SERVICES services (default 200; 20 with
// -short), each with 10 packages, and is cached under os.TempDir() so that
// the go build cache stays warm across runs. Each benchmark primes the build
// cache with one untimed load first. Besides time and allocations they report
// packages, findings, peak-MB: the highest heap in use (runtime/metrics,
// sampled every 10ms) during one operation, and cpu-s/op: user+system CPU
// seconds of this process and of the go command it waits for (getrusage),
// which moves far less than ns/op when the machine is shared.
//
// BOUNDCHECK_BENCH_DIR, when set, is a checkout of a real repository to run
// on instead (testdata/bench/README.md says which ones and how to fetch
// them): the floor and check compare there, in one process.

import (
	"crypto/sha256"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/internal/resultcache"
	"github.com/boundcheck/boundcheck/internal/stages"
	"github.com/boundcheck/boundcheck/rules"
)

var benchPatterns = []string{"./..."}

type benchRepo struct {
	dir    string
	layout *monoLayout
	err    error
}

var (
	benchOnce sync.Once
	bench     benchRepo
)

// monoRepo returns the generated repository, primed: its packages have been
// loaded once so that the go build cache holds their export data.
func monoRepo(b *testing.B) (string, *monoLayout) {
	b.Helper()
	benchOnce.Do(func() {
		if dir := os.Getenv("BOUNDCHECK_BENCH_DIR"); dir != "" {
			// Prime each module's build cache; a module that does not load
			// is the repository's own problem, which check reports.
			for _, m := range moduleDirs(b, dir) {
				_, _ = driver.Load(token.NewFileSet(), m, benchPatterns, true, nil)
			}
			bench = benchRepo{dir: dir}
			return
		}
		n := 200
		if testing.Short() {
			n = 20
		}
		if s := os.Getenv("BOUNDCHECK_BENCH_SERVICES"); s != "" {
			v, err := strconv.Atoi(s)
			if err != nil {
				bench.err = err
				return
			}
			n = v
		}
		dir, lay, err := generateMono(n)
		if err != nil {
			bench.err = err
			return
		}
		// Prime the build cache (go list -export compiles every package once).
		if _, err := driver.Load(token.NewFileSet(), dir, benchPatterns, true, nil); err != nil {
			bench.err = err
			return
		}
		bench = benchRepo{dir: dir, layout: lay}
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.dir, bench.layout
}

// peakHeap samples the heap in use (the runtime's HeapInuse: live and dead
// objects plus the free space in in-use spans) every 10ms until stopped.
type peakHeap struct {
	stop    chan struct{}
	done    chan struct{}
	peak    uint64
	samples []metrics.Sample
}

func startPeakHeap() *peakHeap {
	p := &peakHeap{
		stop: make(chan struct{}),
		done: make(chan struct{}),
		samples: []metrics.Sample{
			{Name: "/memory/classes/heap/objects:bytes"},
			{Name: "/memory/classes/heap/unused:bytes"},
		},
	}
	p.read()
	go func() {
		defer close(p.done)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				p.read()
				return
			case <-t.C:
				p.read()
			}
		}
	}()
	return p
}

func (p *peakHeap) read() {
	metrics.Read(p.samples)
	var v uint64
	for _, s := range p.samples {
		if s.Value.Kind() == metrics.KindUint64 {
			v += s.Value.Uint64()
		}
	}
	if v > p.peak {
		p.peak = v
	}
}

// Stop ends the sampling and returns the peak in bytes.
func (p *peakHeap) Stop() uint64 {
	close(p.stop)
	<-p.done
	return p.peak
}

// cpuSeconds returns the user and system CPU time of this process and of its
// children that have been waited for (the go list runs of go/packages).
func cpuSeconds() float64 {
	var total float64
	for _, who := range []int{syscall.RUSAGE_SELF, syscall.RUSAGE_CHILDREN} {
		var ru syscall.Rusage
		if err := syscall.Getrusage(who, &ru); err != nil {
			return 0
		}
		total += float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
	}
	return total
}

// measure runs op b.N times, each from a collected heap, and reports the
// highest peak heap of one operation and the CPU seconds per operation.
func measure(b *testing.B, op func()) {
	b.ReportAllocs()
	var peak uint64
	var cpu float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		runtime.GC()
		p := startPeakHeap()
		c0 := cpuSeconds()
		b.StartTimer()
		op()
		b.StopTimer()
		cpu += cpuSeconds() - c0
		if v := p.Stop(); v > peak {
			peak = v
		}
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
}

// BenchmarkFloor is one packages.Load of ./... per module: in a
// repository of nested modules without a go.work, one per go.mod, as many
// at a time as there are CPUs, as check loads them.
func BenchmarkFloor(b *testing.B) {
	dir, _ := monoRepo(b)
	mods := moduleDirs(b, dir)
	var n int
	measure(b, func() {
		var (
			mu   sync.Mutex
			wg   sync.WaitGroup
			errs []error
			all  [][]*packages.Package
		)
		n = 0
		sem := make(chan struct{}, runtime.GOMAXPROCS(0))
		fset := token.NewFileSet()
		for _, m := range mods {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				pkgs, err := driver.Load(fset, m, benchPatterns, true, nil)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs = append(errs, err)
				}
				all = append(all, pkgs)
				n += len(pkgs)
			}()
		}
		wg.Wait()
		if len(errs) > 0 && len(mods) == 1 {
			b.Fatal(errs[0])
		}
		runtime.KeepAlive(all)
	})
	b.ReportMetric(float64(n), "packages")
	b.ReportMetric(float64(len(mods)), "modules")
}

// moduleDirs returns the folders that check loads apart, as the tree scan
// finds them: dir under a go.work, else each module's folder.
func moduleDirs(b *testing.B, dir string) []string {
	set, err := rules.Load(dir, analyzers.Specs())
	if err != nil {
		b.Fatal(err)
	}
	if set.Tree.Workspace != "" {
		return []string{dir}
	}
	var out []string
	for _, m := range set.Tree.Modules {
		out = append(out, m.Dir)
	}
	if len(out) == 0 {
		b.Fatalf("no module under %s", dir)
	}
	return out
}

// BenchmarkCheck reports NAME-stage-s/op: the time of each whole-program
// stage within a run (syncchain's is the interaction model with its call
// graph, and the chains; notimeout's judges request contexts).
func BenchmarkCheck(b *testing.B) {
	dir, lay := monoRepo(b)
	var res *driver.Result
	stageTime := make(map[string]time.Duration)
	measure(b, func() {
		set, err := rules.Load(dir, analyzers.Specs())
		if err != nil {
			b.Fatal(err)
		}
		run := stages.For(set, analyzers.Enabled(set), false)
		as, sts := run.Analyzers, run.Stages
		for i := range sts {
			run, name := sts[i].Run, sts[i].Name
			sts[i].Run = func(p *driver.Program) []findings.Finding {
				t0 := time.Now()
				defer func() { stageTime[name] += time.Since(t0) }()
				return run(p)
			}
		}
		res, err = driver.Run(driver.Options{
			Dir:       dir,
			Patterns:  benchPatterns,
			Set:       set,
			Analyzers: as,
			Stages:    sts,
			Tests:     true,
		})
		if err != nil {
			b.Fatal(err)
		}
	})
	if lay == nil { // a real repository: its problems are its own
		b.ReportMetric(float64(len(res.Problems)), "problems")
	} else if len(res.Problems) > 0 {
		b.Fatalf("%d problems, first: %s", len(res.Problems), res.Problems[0])
	}
	if lay != nil && len(res.Findings) < len(lay.Violations) {
		b.Errorf("%d findings, want at least the %d planted crossimport violations %v", len(res.Findings), len(lay.Violations), lay.Violations)
	}
	b.ReportMetric(float64(res.Packages), "packages")
	b.ReportMetric(float64(len(res.Findings)), "findings")
	for name, d := range stageTime {
		b.ReportMetric(d.Seconds()/float64(b.N), name+"-stage-s/op")
	}
}

func BenchmarkRulesLoad(b *testing.B) {
	dir, _ := monoRepo(b)
	var set *rules.Set
	measure(b, func() {
		var err error
		if set, err = rules.Load(dir, analyzers.Specs()); err != nil {
			b.Fatal(err)
		}
	})
	b.ReportMetric(float64(len(set.Packages)), "packages")
	b.ReportMetric(float64(len(set.Services)), "services")
}

// BenchmarkCheckOneFileChanged is check after a change to one file, with
// the per-package entries of the run before in the result cache: only the
// changed package and those that import it, directly or not, are analysed
// again. Each operation appends a comment to the file (in the generated
// tree, a service's main; in a real repository, the file that
// BOUNDCHECK_BENCH_EDIT names, relative to it, else the benchmark is
// skipped) and puts the file back at the end. It reports hits and runs:
// the analyses read from the cache and those run, per operation.
func BenchmarkCheckOneFileChanged(b *testing.B) {
	dir, lay := monoRepo(b)
	rel := "cmd/" + "svc000" + "/main.go"
	if lay == nil {
		if rel = os.Getenv("BOUNDCHECK_BENCH_EDIT"); rel == "" {
			b.Skip("BOUNDCHECK_BENCH_EDIT names no file of the repository to change")
		}
	}
	file := filepath.Join(dir, filepath.FromSlash(rel))
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		if err := os.WriteFile(file, orig, 0o644); err != nil {
			b.Error(err)
		}
	})
	b.Setenv("BOUNDCHECK_CACHE", b.TempDir())
	store, err := resultcache.Open()
	if err != nil {
		b.Fatal(err)
	}
	edits := 0
	check := func() *driver.Result {
		edits++
		if err := os.WriteFile(file, fmt.Appendf(slices.Clip(orig), "\n// change %d\n", edits), 0o644); err != nil {
			b.Fatal(err)
		}
		set, err := rules.Load(dir, analyzers.Specs())
		if err != nil {
			b.Fatal(err)
		}
		run := stages.For(set, analyzers.Enabled(set), false)
		res, err := driver.Run(driver.Options{
			Dir:       dir,
			Patterns:  benchPatterns,
			Set:       set,
			Analyzers: run.Analyzers,
			Stages:    run.Stages,
			Tests:     true,
			Cache:     store,
			Salt:      sha256.Sum256([]byte(set.Hash())),
		})
		if err != nil {
			b.Fatal(err)
		}
		return res
	}
	check() // fills the cache
	var hits, runs int
	measure(b, func() {
		res := check()
		hits += res.Cached.Hits
		runs += res.Cached.Runs
	})
	b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
	b.ReportMetric(float64(runs)/float64(b.N), "runs/op")
}
