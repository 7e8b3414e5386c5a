package cochange

import (
	"fmt"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/deploy"
	"github.com/boundcheck/boundcheck/rules/history"
)

// testSet is a service model of four services and a shared package.
func testSet() *rules.Set {
	pkg := func(rel, svc string) *rules.PackageInfo {
		return &rules.PackageInfo{Path: "example.com/x/" + rel, Rel: rel, Service: svc}
	}
	set := &rules.Set{Packages: []*rules.PackageInfo{
		pkg("cmd/orders", "orders"), pkg("services/orders", "orders"), pkg("services/orders/store", "orders"),
		pkg("cmd/billing", "billing"), pkg("services/billing", "billing"),
		pkg("services/stock", "stock"), pkg("services/mail", "mail"),
		pkg("pkg/log", ""),
	}}
	for _, s := range []string{"billing", "mail", "orders", "stock"} {
		set.Services = append(set.Services, &rules.Service{Name: s})
	}
	return set
}

func TestOwners(t *testing.T) {
	set := testSet()
	set.Deploy = &deploy.Deployment{Units: []deploy.Unit{
		{File: "k8s/orders.yaml", Service: "orders"},
		{File: "k8s/orders.yaml", Service: ""}, // its database
		{File: "docker-compose.yml", Service: "orders"},
		{File: "docker-compose.yml", Service: "billing"},
	}}
	// A run started in services/: the deployment names its files from there.
	set.Root, set.Dir = "/src/shop", "/src/shop/services"
	for i := range set.Deploy.Units {
		set.Deploy.Units[i].File = "../" + set.Deploy.Units[i].File
	}
	set.Deploy.Units = append(set.Deploy.Units, deploy.Unit{File: "k8s/stock.yaml", Service: "stock"})
	o := newOwners(set)
	for file, want := range map[string]string{
		"services/orders/store/store.go":  "orders",
		"services/orders/config.yaml":     "orders", // a config file under the service's folder
		"services/orders/k8s/deploy.yaml": "orders", // a folder with no package, under the service's
		"services/orders/legacy/gone.go":  "orders", // a package since deleted
		"cmd/billing/main.go":             "billing",
		"pkg/log/log.go":                  "", // a shared package counts for none
		"services/README.md":              "", // a folder of several services
		"deploy/orders.yaml":              "", // a folder of none, at the top
		"cmd/README.md":                   "",
		"services/stock/migrations/1.sql": "stock",
		"k8s/orders.yaml":                 "orders", // a manifest of one service, outside its folder
		"docker-compose.yml":              "",       // of several
		"k8s/billing.yaml":                "",       // read by no deployment load
		"services/k8s/stock.yaml":         "stock",  // named from the run\'s folder, services/
	} {
		if got := o.service(file); got != want {
			t.Errorf("service(%s) = %q, want %q", file, got, want)
		}
	}
}

func TestKind(t *testing.T) {
	for file, want := range map[string]string{
		"go.sum":                            kindManifest,
		"services/web/package-lock.json":    kindManifest,
		"services/py/requirements-dev.txt":  kindManifest,
		"vendor/github.com/x/y/y.go":        kindManifest,
		".github/workflows/ci.yml":          kindCI,
		"renovate.json":                     kindCI,
		"api/orders/v1/orders.pb.go":        kindGenerated,
		"api/orders/v1/orders_grpc.pb.go":   kindGenerated,
		"services/orders/mocks/store.go":    kindGenerated,
		"services/orders/zz_generated.go":   kindGenerated,
		"services/orders/Dockerfile":        kindContainer,
		"services/orders/deploy.yaml":       "",
		"services/orders/handler.go":        "",
		"services/orders/generator_test.go": "",
	} {
		if got := kind(file, false); got != want {
			t.Errorf("kind(%s) = %q, want %q", file, got, want)
		}
	}
	if kind("services/orders/types.go", true) != kindGenerated {
		t.Error("a file whose header says it is generated is not generated code")
	}
}

// commits builds a history from "author|day|subject|file,file" lines,
// newest first.
func commits(lines ...string) *history.History {
	h := &history.History{Head: "head"}
	for i, l := range lines {
		parts := strings.SplitN(l, "|", 4)
		author, subject, files := parts[0], parts[2], parts[3]
		day, _ := strconv.Atoi(parts[1])
		c := history.Commit{Hash: fmt.Sprintf("%040d", len(lines)-i), Parents: 1, Author: author, Email: author + "@example.com",
			Time: time.Date(2026, 1, day, 12, 0, 0, 0, time.UTC), Subject: subject}
		for _, f := range strings.Split(files, ",") {
			c.Changes = append(c.Changes, history.Change{Path: f})
		}
		h.Commits = append(h.Commits, c)
	}
	return h
}

func TestAnalyze(t *testing.T) {
	o := Options{MinRevisions: 2, MinShared: 2, MinDegree: 30, MaxFiles: 30, SweepShare: 50, WideShare: 50,
		Bots: regexp.MustCompile(`\[bot\]`)}
	h := commits(
		"ann|9|sweep|sub/services/orders/a.go,sub/services/billing/b.go,sub/services/stock/s.go,sub/services/mail/m.go",
		"ann|8|three|sub/services/orders/a.go,sub/services/billing/b.go,sub/services/stock/s.go",
		"bob|7|outside only|docs/x.md",
		"bob|7|shared only|sub/pkg/log/log.go",
		"dependabot[bot]|6|bump|sub/services/orders/a.go,sub/services/billing/b.go",
		"bob|5|lock|sub/go.sum,sub/.github/workflows/ci.yml",
		"ann|4|both again|sub/services/orders/a.go,sub/services/billing/b.go,sub/go.mod",
		"ann|3|both|sub/services/orders/a.go,sub/services/billing/b.go",
		"bob|2|orders alone|sub/services/orders/a.go",
		"bob|2|billing same day|sub/services/billing/b.go",
	)
	h.Prefix = "sub/"
	r := Analyze(h, testSet(), nil, o)
	var filters []string
	for _, f := range r.Filters {
		filters = append(filters, fmt.Sprintf("%d %s", f.Count, f.Why))
	}
	wantFilters := []string{
		"1 commits by bots",
		"1 commits changing nothing in the analysed tree",
		"1 commits changing only CI files, dependency manifests and lock files",
		"1 commits touching no service",
		"1 sweeping changes (four or more services, more than 50% of them)",
	}
	if !slices.Equal(filters, wantFilters) {
		t.Errorf("filters:\n%q\nwant:\n%q", filters, wantFilters)
	}
	// orders: three, both again, both, orders alone = 4; billing: 4 too;
	// shared 3: degree 75.
	if len(r.Pairs) != 1 || r.Pairs[0].A != "billing" || r.Pairs[0].B != "orders" || r.Pairs[0].Shared != 3 || r.Pairs[0].Degree != 75 || !r.Pairs[0].Hidden() {
		t.Errorf("pairs: %+v", r.Pairs)
	}
	if r.Sets != 5 || r.ThreeOrMore != 1 || r.Outside != 1 || r.NoService != 1 {
		t.Errorf("sets %d, three or more %d, outside %d, no service %d; want 5, 1, 1, 1", r.Sets, r.ThreeOrMore, r.Outside, r.NoService)
	}
	if got := r.Period(); got != "2026-01-02 to 2026-01-08, 5 changes" {
		t.Errorf("period %q", got)
	}

	// One author's commits of a day are one change: bob's two of day 2.
	o.Logical = "author-day"
	r = Analyze(h, testSet(), nil, o)
	if len(r.Pairs) != 1 || r.Pairs[0].Shared != 4 || r.Sets != 4 {
		t.Errorf("by author and day: %d changes, pairs %+v; want 4 changes, billing and orders sharing 4", r.Sets, r.Pairs)
	}
}

// TestRenamesFollowed: a service moved to another folder keeps its past,
// and a pair that follows a shared package says so.
func TestRenamesFollowed(t *testing.T) {
	o := Options{MinRevisions: 2, MinShared: 2, MinDegree: 30, MaxFiles: 30}
	h := commits(
		"ann|9|move orders|services/orders/a.go,docs/1.md,docs/2.md,docs/3.md",
		"ann|5|old layout|old/orders/a.go,services/billing/b.go,pkg/log/log.go",
		"ann|4|old layout again|old/orders/a.go,services/billing/b.go,pkg/log/log.go",
	)
	// The newest commit renamed old/orders/a.go: a mass move, too big to
	// count itself, whose renames still apply to the commits before.
	h.Commits[0].Changes[0].From = "old/orders/a.go"
	o.MaxFiles = 3
	r := Analyze(h, testSet(), nil, o)
	if len(r.Pairs) != 1 || r.Pairs[0].Shared != 2 || r.Pairs[0].Library != "pkg/log" || r.Pairs[0].Along != 2 {
		t.Errorf("pairs: %+v; want billing and orders sharing the two older changes, with pkg/log in both", r.Pairs)
	}
}

// TestModelLinks: a pair the model links is not hidden; a hidden pair
// counts the two services' unresolved uses, which may link them.
func TestModelLinks(t *testing.T) {
	o := Options{MinRevisions: 2, MinShared: 2, MinDegree: 30, MaxFiles: 30}
	h := commits(
		"ann|3|both|services/orders/a.go,services/billing/b.go",
		"ann|2|both again|services/orders/a.go,services/billing/b.go",
	)
	m := &model.Model{Unresolved: []*model.Unresolved{{Service: "orders", Sites: []token.Pos{1, 2}}, {Service: "stock", Sites: []token.Pos{3}}}}
	r := Analyze(h, testSet(), m, o)
	if len(r.Pairs) != 1 || !r.Pairs[0].Hidden() || r.Pairs[0].Unknowns != 2 {
		t.Errorf("hidden pair: %+v; want hidden, 2 unresolved uses", r.Pairs)
	}
	m.Sync = []*model.SyncEdge{{From: "orders", To: "billing", Protocol: "http", Detail: "POST /invoices"}}
	r = Analyze(h, testSet(), m, o)
	if len(r.Pairs) != 1 || r.Pairs[0].Hidden() || !slices.Equal(r.Pairs[0].Edges, []string{"sync http POST /invoices"}) {
		t.Errorf("linked pair: %+v; want the sync edge", r.Pairs)
	}
}

// TestExample: a long subject is cut between characters, not inside one.
func TestExample(t *testing.T) {
	cs := &ChangeSet{Commits: []*history.Commit{{Hash: "0123456789", Subject: strings.Repeat("é", 70)}}}
	want := `0123456 "` + strings.Repeat("é", 57) + `..."`
	if got := cs.Example(); got != want {
		t.Errorf("Example() = %s, want %s", got, want)
	}
}
