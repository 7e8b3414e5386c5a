package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/boundcheck/boundcheck/internal/browsertest"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// testSVG follows the contract of drawSVG: three services, of which orders
// has a finding, a topic, four edges and a cluster.
const testSVG = `<svg xmlns="http://www.w3.org/2000/svg" class="boundcheck-graph" viewBox="0 0 700 300" width="700" height="300" font-family="Helvetica,Arial,sans-serif">
<style>
.node rect,.node path{fill:#fff;stroke:#333;stroke-width:1.2}
.node text{fill:#111;text-anchor:middle}
.line{fill:none;stroke:#555;stroke-width:1.2}
.arrow{fill:#555;stroke:none}
.async .line{stroke-dasharray:6 4}
.node.finding rect{stroke:#d00;stroke-width:2}
.cluster rect{fill:#f7f8fb;stroke:#a9b3c4}
</style>
<g class="clusters">
<g class="cluster" id="c0" data-name="billing"><title>billing</title><rect x="450" y="20" width="150" height="90" rx="8"/><text x="458" y="36" font-size="12">billing</text></g>
</g>
<g class="edges">
<g class="edge sync" id="e0" data-from="n0" data-to="n1"><title>POST /orders (gateway/orders.go:25)</title><path class="line" d="M130,60C180,60 200,60 250,60"/><path class="arrow" d="M250,60L241,64L241,56Z"/><text class="label" x="190" y="52" font-size="10">http POST /orders</text></g>
<g class="edge sync" id="e1" data-from="n1" data-to="n2"><title>POST /charges (orders/pay.go:9)</title><path class="line" d="M350,60C400,60 420,60 470,60"/><path class="arrow" d="M470,60L461,64L461,56Z"/><text class="label" x="410" y="52" font-size="10">http POST /charges</text></g>
<g class="edge async" id="e2" data-from="n1" data-to="n3"><title>order-placed (orders/events.go:14)</title><path class="line" d="M300,77C300,150 340,200 360,200"/><path class="arrow" d="M360,200L351,204L351,196Z"/><text class="label" x="300" y="150" font-size="10">kafka order-placed</text></g>
<g class="edge async" id="e3" data-from="n3" data-to="n2"><title>order-placed (payments/consume.go:30)</title><path class="line" d="M460,200C500,200 520,150 520,77"/><path class="arrow" d="M520,77L516,86L524,86Z"/><text class="label" x="530" y="150" font-size="10">kafka order-placed</text></g>
</g>
<g class="nodes">
<g class="node service" id="n0" data-name="gateway"><title>gateway</title><rect x="30" y="43" width="100" height="34" rx="6"/><text x="80" y="64.6" font-size="13">gateway</text></g>
<g class="node service finding" id="n1" data-name="orders"><title>orders: 1 finding</title><rect x="250" y="43" width="100" height="34" rx="6"/><text x="300" y="64.6" font-size="13">orders</text></g>
<g class="node service" id="n2" data-name="payments"><title>payments</title><rect x="470" y="43" width="100" height="34" rx="6"/><text x="520" y="64.6" font-size="13">payments</text></g>
<g class="node topic" id="n3" data-name="order-placed"><title>topic order-placed</title><path d="M360,184H444L460,200L444,216H360Z"/><text x="410" y="204" font-size="12">order-placed</text></g>
</g>
<g class="legend" transform="translate(8,260)" font-size="11"><g class="key service"><rect x="0" y="0" width="60" height="28" rx="6"/><text x="30" y="18" font-size="11">service</text></g></g>
</svg>
`

const testFinding = "notimeout: http.Post uses http.DefaultClient, which has no timeout; use a client with Timeout set"

func testPage() page {
	chain := []string{"e0", "e1"}
	return page{
		Title: "boundcheck: service map",
		Services: []pageService{
			{Name: "gateway", Node: "n0", Findings: []string{}, Endpoints: []string{"POST /orders"}, Chain: chain},
			{Name: "orders", Node: "n1", Findings: []string{testFinding}, Endpoints: []string{"GET /orders/{id}", "POST /orders"}, Chain: chain},
			{Name: "payments", Node: "n2", Findings: []string{}, Endpoints: []string{"POST /charges"}, Chain: chain},
		},
	}
}

func writeTestHTML(t *testing.T, svg string, p page) string {
	t.Helper()
	var b bytes.Buffer
	if err := writeHTML(&b, []byte(svg), p); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestHTMLOffline: the page references nothing on the network, and the SVG
// is in it as it came.
func TestHTMLOffline(t *testing.T) {
	out := writeTestHTML(t, testSVG, testPage())
	for _, u := range regexp.MustCompile(`(?i)https?://[^\s"'<>)]*`).FindAllString(out, -1) {
		if u != "http://www.w3.org/2000/svg" {
			t.Errorf("the page references %s", u)
		}
	}
	for _, m := range regexp.MustCompile(`(?i)\b(?:src|href|action)\s*=\s*["']?([^"'\s>]*)`).FindAllStringSubmatch(out, -1) {
		if !strings.HasPrefix(m[1], "data:") && !strings.HasPrefix(m[1], "#") {
			t.Errorf("the page loads %s", m[0])
		}
	}
	for _, s := range []string{"@import", "url(", "fetch(", "XMLHttpRequest", "WebSocket", "import("} {
		if strings.Contains(out, s) {
			t.Errorf("the page holds %q", s)
		}
	}
	if !strings.Contains(out, testSVG) {
		t.Errorf("the SVG is not in the page as it came")
	}
}

// TestHTMLEmbeddedFiles: the style and the script go into the page as they
// are, so neither may close its element.
func TestHTMLEmbeddedFiles(t *testing.T) {
	if strings.Contains(strings.ToLower(pageJS), "</script") || strings.Contains(pageJS, "<!--") {
		t.Errorf("page.js holds </script or <!--")
	}
	if strings.Contains(strings.ToLower(pageCSS), "</style") {
		t.Errorf("page.css holds </style")
	}
}

// TestHTMLEscapes: names from the analysed code cannot break out of the
// page's data or title.
func TestHTMLEscapes(t *testing.T) {
	const evil = "</script><script>alert(1)</script>"
	const odd = `"quotes" & {braces} ü <!-- ` + "\u2028\u2029"
	p := page{
		Title: "map of " + evil + odd,
		Services: []pageService{
			{Name: evil, Node: "n0", Findings: []string{"syncchain: " + evil}, Endpoints: []string{"GET /" + evil}, Chain: []string{}},
			{Name: odd, Node: "", Findings: []string{"notimeout: " + odd}, Endpoints: []string{}, Chain: []string{"e0"}},
		},
	}
	out := writeTestHTML(t, testSVG, p)

	if n := strings.Count(strings.ToLower(out), "</script"); n != 2 {
		t.Errorf("the page holds </script %d times, want 2, the ends of its two scripts", n)
	}
	if n := strings.Count(strings.ToLower(out), "<script"); n != 2 {
		t.Errorf("the page holds <script %d times, want 2", n)
	}
	if strings.Contains(out, "alert(1)</") {
		t.Errorf("a name's markup is in the page unescaped")
	}

	const open = `<script type="application/json" id="data">`
	_, rest, ok := strings.Cut(out, open)
	if !ok {
		t.Fatalf("no %s in the page", open)
	}
	data, _, ok := strings.Cut(rest, "</script>")
	if !ok {
		t.Fatal("the data's script does not end")
	}
	for _, s := range []string{"<", ">", "&", "\u2028", "\u2029"} {
		if strings.Contains(data, s) {
			t.Errorf("the data holds %q unescaped", s)
		}
	}
	var got page
	if err := json.Unmarshal([]byte(data), &got); err != nil {
		t.Fatalf("the data is not JSON: %v\n%s", err, data)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("the data reads back as\n%+v\nwant\n%+v", got, p)
	}

	head, body, _ := strings.Cut(out, "<body>")
	for _, c := range []struct{ in, re string }{{head, `<title>([^<]*)</title>`}, {body, `<h1>([^<]*)</h1>`}} {
		m := regexp.MustCompile(c.re).FindAllStringSubmatch(c.in, -1)
		if len(m) != 1 {
			t.Errorf("found %d of %s, want one without markup in it", len(m), c.re)
			continue
		}
		if s := html.UnescapeString(m[0][1]); s != p.Title {
			t.Errorf("%s reads as %q, want %q", m[0][0], s, p.Title)
		}
	}
}

// TestHTMLDeterministic: the same graph, the same bytes, drawing and
// page data included.
func TestHTMLDeterministic(t *testing.T) {
	write := func() string {
		g := generated(60, 3)
		g.Services[0].Chain = []string{g.Edges[0].From, g.Edges[0].To}
		var b bytes.Buffer
		if err := WriteHTML(&b, g, Options{}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	first := write()
	for range 2 {
		if write() != first {
			t.Fatal("two pages of the same graph differ")
		}
	}
}

// TestHTMLInBrowser uses the page in a headless Chromium: search, click,
// pan, zoom and the panel, with no console error or warning.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test; not run in -short mode")
	}
	b := browsertest.Start(t)
	path := filepath.Join(t.TempDir(), "graph.html")
	if err := os.WriteFile(path, []byte(writeTestHTML(t, testSVG, testPage())), 0o644); err != nil {
		t.Fatal(err)
	}
	seen := browsertest.CheckGraphPage(t, b, path, browsertest.GraphWant{
		Service: "orders",
		Finding: testFinding,
		Chain:   "gateway → orders → payments",
	})
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"edges with class hl", seen.HLEdges, []string{"e0", "e1", "e2"}},
		{"nodes with class hl", seen.HLNodes, []string{"n0", "n2", "n3"}},
		{"edges with class chain", seen.Chain, []string{"e0", "e1"}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("once orders is clicked, %s: %v, want %v", c.what, c.got, c.want)
		}
	}

	// A topic: its edges are highlighted, and it has no chain.
	topic := browsertest.Eval[[]float64](t, b, `(() => { const r = document.getElementById("n3").getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	b.Do(t, "clicking the topic", chromedp.MouseClickXY(topic[0], topic[1]))
	got := browsertest.Eval[map[string][]string](t, b, `(() => {
		const ids = (sel) => [...document.querySelectorAll(sel)].map((e) => e.id).sort();
		return { selected: ids("g.node.selected"), hl: ids("g.edge.hl"), chain: ids("g.edge.chain"), panel: [document.getElementById("panel").innerText] };
	})()`)
	if !slices.Equal(got["selected"], []string{"n3"}) || !slices.Equal(got["hl"], []string{"e2", "e3"}) || len(got["chain"]) > 0 {
		t.Errorf("clicking the topic: selected %v, hl %v, chain %v; want [n3], [e2 e3], []", got["selected"], got["hl"], got["chain"])
	}
	if panel := got["panel"][0]; !strings.Contains(panel, "order-placed") || !strings.Contains(panel, "topic") {
		t.Errorf("the panel does not show the topic:\n%s", panel)
	}

	// Two matches, cycled with Enter.
	results := func() string {
		return browsertest.Eval[string](t, b, `document.getElementById("result").textContent + " " + [...document.querySelectorAll("g.node.current")].map((e) => e.id).join(",")`)
	}
	b.Do(t, "searching for a", chromedp.SendKeys(chromedp.CSS("#search"), "A"))
	if r := results(); r != "2 services match (1 of 2) n0" {
		t.Errorf("searching for A: %q, want gateway and payments, gateway first", r)
	}
	b.Do(t, "pressing Enter", chromedp.KeyEvent(kb.Enter))
	if r := results(); r != "2 services match (2 of 2) n2" {
		t.Errorf("after Enter: %q, want the second match, payments", r)
	}
	b.Do(t, "typing more", chromedp.KeyEvent("zz"))
	if r := results(); r != "no service matches " {
		t.Errorf("searching for azz: %q", r)
	}
	b.CheckConsole(t)
}

// largeSVG is a graph of n services in a grid and m edges between them,
// drawn by the contract of drawSVG, with its page.
func largeSVG(n, m int) (string, page) {
	var b strings.Builder
	const cols = 25
	w, h := 60+cols*160, 40+(n/cols+1)*90
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="boundcheck-graph" viewBox="0 0 %d %d" width="%d" height="%d" font-family="Helvetica,Arial,sans-serif">`+"\n", w, h, w, h)
	b.WriteString("<style>.line{fill:none;stroke:#555}.node rect{fill:#eef4fb;stroke:#35618f}</style>\n<g class=\"clusters\">\n</g>\n<g class=\"edges\">\n")
	at := func(i int) (float64, float64) { return float64(60 + (i%cols)*160), float64(40 + (i/cols)*90) }
	p := page{Title: "large"}
	for i := range n {
		p.Services = append(p.Services, pageService{Name: fmt.Sprintf("svc-%d", i), Node: fmt.Sprintf("n%d", i), Findings: []string{}, Endpoints: []string{}, Chain: []string{}})
	}
	for e := range m {
		from, to := e%n, (e*7+1+e/n*13)%n
		if to == from {
			to = (to + 1) % n
		}
		x1, y1 := at(from)
		x2, y2 := at(to)
		fmt.Fprintf(&b, `<g class="edge sync" id="e%d" data-from="n%d" data-to="n%d"><title>e%d</title><path class="line" d="M%g,%gC%g,%g %g,%g %g,%g"/><path class="arrow" d="M%g,%gL%g,%gL%g,%gZ"/><text class="label" x="%g" y="%g" font-size="10">http GET /%d</text></g>`+"\n",
			e, from, to, e, x1, y1, x1+40, y1, x2-40, y2, x2, y2, x2, y2, x2-9, y2+4, x2-9, y2-4, (x1+x2)/2, (y1+y2)/2, e)
		if from == 0 {
			p.Services[0].Chain = append(p.Services[0].Chain, fmt.Sprintf("e%d", e))
		}
	}
	b.WriteString("</g>\n<g class=\"nodes\">\n")
	for i := range n {
		x, y := at(i)
		fmt.Fprintf(&b, `<g class="node service" id="n%d" data-name="svc-%d"><title>svc-%d</title><rect x="%g" y="%g" width="120" height="34" rx="6"/><text x="%g" y="%g" font-size="13">svc-%d</text></g>`+"\n",
			i, i, i, x-60, y-17, x, y+4, i)
	}
	b.WriteString("</g>\n<g class=\"legend\"></g>\n</svg>\n")
	return b.String(), p
}

// TestHTMLInBrowserLarge uses the page of a 500-service, 1500-edge graph:
// what a click and a search do stays right at that size. The times are
// logged, not asserted.
func TestHTMLInBrowserLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test; not run in -short mode")
	}
	b := browsertest.Start(t)
	svg, p := largeSVG(500, 1500)
	path := filepath.Join(t.TempDir(), "large.html")
	if err := os.WriteFile(path, []byte(writeTestHTML(t, svg, p)), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	b.Open(t, path)
	t.Logf("loading %d bytes: %v", len(svg), time.Since(start))

	// Click, search and clear inside the page, each timed with the style
	// recalculation it causes.
	got := browsertest.Eval[map[string]float64](t, b, `(() => {
		const svg = document.querySelector("#view svg");
		const timed = (f) => { const t0 = performance.now(); f(); svg.getBoundingClientRect(); getComputedStyle(svg.querySelector("g.edge")).opacity; return performance.now() - t0; };
		const search = document.getElementById("search");
		const r = {};
		r.click = timed(() => document.querySelector("#n250 rect").dispatchEvent(new MouseEvent("click", { bubbles: true })));
		r.hl = svg.querySelectorAll("g.edge.hl").length;
		r.incident = [...svg.querySelectorAll("g.edge")].filter((e) => e.getAttribute("data-from") === "n250" || e.getAttribute("data-to") === "n250").length;
		r.reclick = timed(() => document.querySelector("#n0 rect").dispatchEvent(new MouseEvent("click", { bubbles: true })));
		r.chain = svg.querySelectorAll("g.edge.chain").length;
		r.search = timed(() => { search.value = "svc-1"; search.dispatchEvent(new Event("input")); });
		r.matches = svg.querySelectorAll("g.node.match").length;
		r.clear = timed(() => { search.value = ""; search.dispatchEvent(new Event("input")); });
		return r;
	})()`)
	t.Logf("in-page times (ms): click %.1f, another click %.1f, search %.1f, clear %.1f", got["click"], got["reclick"], got["search"], got["clear"])
	if got["hl"] != got["incident"] || got["incident"] == 0 {
		t.Errorf("clicking n250 marked %v edges hl, want its %v incident edges", got["hl"], got["incident"])
	}
	if got["chain"] != float64(len(p.Services[0].Chain)) {
		t.Errorf("clicking n0 marked %v chain edges, want %d", got["chain"], len(p.Services[0].Chain))
	}
	if got["matches"] != 111 { // svc-1, svc-10…19, svc-100…199
		t.Errorf("searching for svc-1 matched %v nodes, want 111", got["matches"])
	}
	b.CheckConsole(t)
}

// TestHTMLOddGraphsInBrowser opens pages WriteHTML makes of graphs that
// are easy to get wrong: no services at all, hostile names at both levels.
// Each loads without a console problem, and a search runs on it.
func TestHTMLOddGraphsInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test; not run in -short mode")
	}
	hostile := &Graph{
		Services: []Service{
			{Name: `</script><script>alert(1)</script>`, Endpoints: []string{`GET /x/{id}"><img src=x onerror=alert(2)>`}, Findings: []string{"syncchain: <b>bold</b> & \u2028"}},
			{Name: "straße-δ{}"},
		},
		Resources: []Resource{{ID: `kafka:"><svg onload=alert(3)>`, Kind: "topic"}},
		Edges: []Edge{
			{From: `</script><script>alert(1)</script>`, To: "straße-δ{}", Kind: "sync", Protocol: "http", Detail: "GET /ü", File: "a.go", Line: 1,
				FromEndpoints: []string{`GET /x/{id}"><img src=x onerror=alert(2)>`}},
			{From: "straße-δ{}", To: `</script><script>alert(1)</script>`, Kind: "async", Protocol: "kafka", Detail: "t", Via: `kafka:"><svg onload=alert(3)>`, File: "b.go", Line: 2},
		},
	}
	b := browsertest.Start(t)
	for _, c := range []struct {
		name  string
		g     *Graph
		level string
	}{
		{"empty", &Graph{}, "service"},
		{"hostile", hostile, "service"},
		{"hostile-endpoints", hostile, "endpoint"},
	} {
		var page bytes.Buffer
		if err := WriteHTML(&page, c.g, Options{Level: c.level, Name: c.name}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), c.name+".html")
		if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		b.Open(t, path)
		b.Do(t, c.name+": searching", chromedp.SendKeys(chromedp.CSS("#search"), "straße"))
		want := "no service matches"
		if c.g == hostile {
			want = "1 service matches"
		}
		if got := browsertest.Eval[string](t, b, `document.getElementById("result").textContent`); got != want {
			t.Errorf("%s: searching says %q, want %q", c.name, got, want)
		}
		if n := browsertest.Eval[int](t, b, `document.querySelectorAll("script").length`); n != 2 {
			t.Errorf("%s: %d script elements, want the page's 2", c.name, n)
		}
		b.CheckConsole(t)
	}
}
