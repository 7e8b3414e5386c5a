package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// deployAboveFiles are the manifests at the top of testdata/e2e/deployabove,
// as seen from its Go module in src/.
var deployAboveFiles = []string{
	"../kubernetes-manifests/cartservice.yaml",
	"../kubernetes-manifests/checkout.yaml",
	"../kubernetes-manifests/frontend.yaml",
}

// TestE2EDeployAbove runs graph and services in the Go module of a
// repository that keeps its Kubernetes manifests at its top, one level
// above the module: the manifests say where frontend's ORDER_BACKEND and
// BASKET_HOST lead. A compose file above the repository (its .git) and one
// in an unrelated folder of it are not read.
func TestE2EDeployAbove(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "deployabove"))
	// git cannot commit a .git folder; an empty one marks the top.
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o777); err != nil {
		t.Fatal(err)
	}
	// Above the repository: malformed, so reading it would be exit 2.
	writeFile(t, filepath.Join(filepath.Dir(dir), "compose.yaml"), "services: [\n")
	src := filepath.Join(dir, "src")

	t.Run("graph", func(t *testing.T) {
		g := deployGraph(t, src, "")
		checkout := g.edge("frontend", "checkout")
		if checkout == nil {
			t.Fatalf("no edge frontend -> checkout; edges:\n%s", g.edges())
		}
		if want := "ORDER_BACKEND=http://checkout-api.shop.svc.cluster.local:8080 at ../kubernetes-manifests/frontend.yaml:19"; checkout.Resolved != want {
			t.Errorf("frontend -> checkout resolved %q, want %q", checkout.Resolved, want)
		}
		cart := g.edge("frontend", "external:cartservice")
		if cart == nil {
			t.Fatalf("no edge frontend -> external:cartservice; edges:\n%s", g.edges())
		}
		if want := "BASKET_HOST=cartservice:7070 at ../kubernetes-manifests/frontend.yaml:21"; cart.Resolved != want {
			t.Errorf("frontend -> cartservice resolved %q, want %q", cart.Resolved, want)
		}
		res := g.resource("external:cartservice")
		want := deployResource{ID: "external:cartservice", Kind: "deployed", Deployed: "kubernetes Service cartservice at ../kubernetes-manifests/cartservice.yaml:23"}
		if res == nil || *res != want {
			t.Errorf("resource external:cartservice = %+v, want %+v", res, want)
		}
	})

	t.Run("services", func(t *testing.T) {
		r := boundcheck(t, src, "services")
		r.wantCode(t, exitClean)
		r.wantStderr(t, "")
		checkPortable(t, "services", r.stdout)
		section := "\ndeployment files read (3)\n  " + strings.Join(deployAboveFiles, "\n  ") + "\n"
		if !strings.Contains(r.stdout, section) {
			t.Errorf("services does not list the manifests read:\nwant%s\ngot:\n%s", section, r.stdout)
		}
		const hosts = "  hosts: checkout-api, checkout-api.shop, checkout-api.shop.svc, checkout-api.shop.svc.cluster.local\n"
		if !strings.Contains(r.stdout, hosts) {
			t.Errorf("services does not give checkout the manifests' host names:\n%s", r.stdout)
		}

		r = boundcheck(t, src, "services", "--format", "json")
		r.wantCode(t, exitClean)
		var m struct {
			Files []string `json:"deployment_files"`
		}
		decodeJSON(t, r, &m)
		if !slices.Equal(m.Files, deployAboveFiles) {
			t.Errorf("deployment_files = %q, want %q", m.Files, deployAboveFiles)
		}

		// Without the packages loaded, the files are still listed.
		r = boundcheck(t, src, "services", "--endpoints=false")
		r.wantCode(t, exitClean)
		if !strings.Contains(r.stdout, section) {
			t.Errorf("services --endpoints=false does not list the manifests read:\n%s", r.stdout)
		}
	})

	t.Run("problem above the module", func(t *testing.T) {
		// A broken manifest at the top is reported with its file and line
		// from where the user stands, and the rest is still drawn.
		bad := copyFixture(t, filepath.Join(fixtureDir, "deployabove"))
		if err := os.Mkdir(filepath.Join(bad, ".git"), 0o777); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(bad, "kubernetes-manifests", "broken.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: [\n")
		for _, args := range [][]string{{"graph", "--format", "json"}, {"check"}, {"services"}, {"services", "--endpoints=false"}} {
			r := boundcheck(t, filepath.Join(bad, "src"), args...)
			r.wantCode(t, exitError)
			if !strings.Contains(r.stdout+r.stderr, "../kubernetes-manifests/broken.yaml:5") {
				t.Errorf("%s: stderr does not name ../kubernetes-manifests/broken.yaml:5:\n%s", strings.Join(args, " "), r.stderr)
			}
		}
	})
}

// TestE2EDeployAboveWorktree: in a git worktree, .git is a file; it marks
// the top of the repository as well.
// noHistory is what graph says outside a git repository, where cochange
// cannot read the history.
const noHistory = "boundcheck: note: cochange: not in a git repository; it reports nothing\n"

func TestE2EDeployAboveWorktree(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, filepath.Join(fixtureDir, "deployabove"))
	writeFile(t, filepath.Join(dir, ".git"), "gitdir: /nowhere/.git/worktrees/deployabove\n")
	// The worktree's git folder is not there: git cannot read the history.
	g := deployGraph(t, filepath.Join(dir, "src"), noHistory)
	if g.edge("frontend", "checkout") == nil {
		t.Errorf("no edge frontend -> checkout; edges:\n%s", g.edges())
	}
	if res := g.resource("external:cartservice"); res == nil || res.Kind != "deployed" {
		t.Errorf("cartservice is not a deployed program: %+v", res)
	}
}

// TestE2EDeployAboveNoRepository: without a .git, nothing above the
// module is read; frontend's targets stay unresolved, and graph says so.
func TestE2EDeployAboveNoRepository(t *testing.T) {
	t.Parallel()
	dir := fixtureNoRepository(t, filepath.Join(fixtureDir, "deployabove"))
	src := filepath.Join(dir, "src")
	g := deployGraph(t, src, noHistory+`boundcheck: could not resolve the target of 2 calls, connections or messages; each is drawn as a "?" node of its own service:
  frontend/main.go:15: frontend: ? (http host from ORDER_BACKEND)
  frontend/main.go:23: frontend: ? (http host from BASKET_HOST)
`)
	if e := g.edge("frontend", "checkout"); e != nil {
		t.Errorf("edge frontend -> checkout without the manifests: %+v", e)
	}
	for _, r := range g.Resources {
		if r.Kind == "deployed" {
			t.Errorf("deployed resource without the manifests: %+v", r)
		}
	}
	r := boundcheck(t, src, "services")
	r.wantCode(t, exitClean)
	if !strings.Contains(r.stdout, "\ndeployment files read (0)\n") {
		t.Errorf("services does not say that no deployment file was read:\n%s", r.stdout)
	}
}

type deployResource struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Deployed string `json:"deployed"`
}

type deployEdge struct {
	From, To, Kind, Protocol, Resolved string
}

// deployGraphJSON is the part of `graph --format json` these tests read.
type deployGraphJSON struct {
	Resources []deployResource
	Edges     []deployEdge
}

// deployGraph runs graph --format json in dir, which must succeed and
// print stderr.
func deployGraph(t *testing.T, dir, stderr string) *deployGraphJSON {
	t.Helper()
	r := boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	r.wantStderr(t, stderr)
	checkPortable(t, "graph", r.stdout)
	var g deployGraphJSON
	decodeJSON(t, r, &g)
	return &g
}

// edge returns the sync edge from → to, or nil.
func (g *deployGraphJSON) edge(from, to string) *deployEdge {
	for i, e := range g.Edges {
		if e.From == from && e.To == to && e.Kind == "sync" {
			return &g.Edges[i]
		}
	}
	return nil
}

func (g *deployGraphJSON) resource(id string) *deployResource {
	for i, r := range g.Resources {
		if r.ID == id {
			return &g.Resources[i]
		}
	}
	return nil
}

// edges lists the edges, one a line.
func (g *deployGraphJSON) edges() string {
	var b strings.Builder
	for _, e := range g.Edges {
		b.WriteString("  " + e.From + " -> " + e.To + " " + e.Kind + " (" + e.Resolved + ")\n")
	}
	return b.String()
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}
