package cochange

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"testing"

	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/history"
)

// BenchmarkCochange reads a history of 10,000 commits over 200 services
// with the git command and measures it: what `boundcheck cochange
// --model=false` does, the model aside. The repository is written once with
// git fast-import; each commit changes one to four services' files, a
// fifth of them in pairs that always change together.
//
//	go test -run '^$' -bench Cochange ./analyzers/cochange/
func BenchmarkCochange(b *testing.B) {
	const commits, services = 10000, 200
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("no git command")
	}
	dir := b.TempDir()
	run := func(stdin []byte, args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Stdin = bytes.NewReader(stdin)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run(nil, "init", "-q", "-b", "main")
	var stream bytes.Buffer
	rng := rand.New(rand.NewPCG(1, 2))
	set := &rules.Set{}
	for i := range services {
		name := fmt.Sprintf("svc%03d", i)
		set.Services = append(set.Services, &rules.Service{Name: name})
		set.Packages = append(set.Packages, &rules.PackageInfo{Rel: "services/" + name, Service: name})
	}
	for i := range commits {
		fmt.Fprintf(&stream, "commit refs/heads/main\nmark :%d\ncommitter Dev <dev%d@example.com> %d +0000\ndata <<END\nchange %d\nEND\n",
			i+1, i%7, 1700000000+i*600, i)
		if i > 0 {
			fmt.Fprintf(&stream, "from :%d\n", i)
		}
		first := rng.IntN(services)
		touched := []int{first}
		if first%5 == 0 { // a pair that always changes together
			touched = append(touched, (first+1)%services)
		}
		for range rng.IntN(3) {
			touched = append(touched, rng.IntN(services))
		}
		for _, s := range touched {
			fmt.Fprintf(&stream, "M 644 inline services/svc%03d/f%d.go\ndata <<END\npackage svc\n// %d\nEND\n", s, rng.IntN(5), i)
		}
	}
	run(stream.Bytes(), "fast-import", "--quiet")
	run(nil, "checkout", "-q", "main")
	o := Options{MinRevisions: 5, MinShared: 5, MinDegree: 30, MaxFiles: 30, SweepShare: 50, WideShare: 50}
	var r *Report
	b.ResetTimer()
	for range b.N {
		h, err := history.Read(dir, history.Options{})
		if err != nil {
			b.Fatal(err)
		}
		r = Analyze(h, set, nil, o)
	}
	b.StopTimer()
	if r.Read != commits || len(r.Pairs) == 0 {
		b.Fatalf("%d commits read, %d pairs; want %d and the planted pairs", r.Read, len(r.Pairs), commits)
	}
	b.ReportMetric(float64(r.Read), "commits")
	b.ReportMetric(float64(len(r.Pairs)), "pairs")
}
