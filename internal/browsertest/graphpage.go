package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// GraphWant is what CheckGraphPage expects of one service on a page of
// boundcheck graph --format html.
type GraphWant struct {
	Service string // searched for and clicked; no other service's name holds it
	Finding string // a text the panel shows once the service is selected
	Chain   string // its longest sync chain as the panel spells it, "a → b → c"
}

// GraphSeen is what the page showed once the service was clicked.
type GraphSeen struct {
	Node    string   // the service's node
	HLEdges []string // edges with class hl, sorted
	HLNodes []string // nodes with class hl, sorted
	Chain   []string // edges with class chain, sorted
	Panel   string   // the side panel's text
}

// pageState is the page's state as the checks read it.
type pageState struct {
	ViewBox  string   `json:"viewBox"`
	Dim      bool     `json:"dim"`
	Matches  []string `json:"matches"`
	Selected []string `json:"selected"`
	HLEdges  []string `json:"hlEdges"`
	HLNodes  []string `json:"hlNodes"`
	Chain    []string `json:"chain"`
	Result   string   `json:"result"`
	Panel    string   `json:"panel"`
}

const stateJS = `(() => {
	const svg = document.querySelector("#view svg.boundcheck-graph");
	const ids = (sel) => [...svg.querySelectorAll(sel)].map((e) => e.id).sort();
	return {
		viewBox: svg.getAttribute("viewBox"),
		dim: svg.classList.contains("dim"),
		matches: [...svg.querySelectorAll(".match")].map((e) => e.getAttribute("data-name")),
		selected: ids("g.node.selected"),
		hlEdges: ids("g.edge.hl"),
		hlNodes: ids("g.node.hl"),
		chain: ids("g.edge.chain"),
		result: document.getElementById("result").textContent,
		panel: document.getElementById("panel").innerText,
	};
})()`

// serviceFacts is what the page's data and the SVG's attributes say of a
// service, read without the page's script: the checks' expectations.
type serviceFacts struct {
	Node     string   `json:"node"`
	Chain    []string `json:"chain"`
	Findings []string `json:"findings"`
	Incident []string `json:"incident"` // edges with the node at an end, sorted
	Edges    []string `json:"edges"`    // every edge, sorted
}

const factsJS = `((name) => {
	const data = JSON.parse(document.getElementById("data").textContent);
	const s = (data.services || []).find((s) => s.name === name);
	if (!s) return null;
	const edges = [...document.querySelectorAll("#view svg g.edge")];
	return {
		node: s.node,
		chain: s.chain || [],
		findings: s.findings || [],
		incident: edges.filter((e) => e.getAttribute("data-from") === s.node || e.getAttribute("data-to") === s.node).map((e) => e.id).sort(),
		edges: edges.map((e) => e.id).sort(),
	};
})(%s)`

// A point is a place in the window, and the id of what is drawn there.
type point struct {
	X   float64 `json:"x"`
	Y   float64 `json:"y"`
	Hit string  `json:"hit"`
}

// centreJS is the centre of the element with the id, and the id of the
// node, edge or button at that point.
const centreJS = `((id) => {
	const e = document.getElementById(id);
	if (!e) return null;
	const r = e.getBoundingClientRect();
	const x = r.left + r.width / 2, y = r.top + r.height / 2;
	const at = document.elementFromPoint(x, y);
	const hit = at && at.closest("g.node, g.edge, button, svg");
	return { x, y, hit: hit ? hit.id || hit.tagName : "" };
})(%s)`

// backgroundJS is a point of the SVG with no node, edge or legend on it.
const backgroundJS = `(() => {
	const svg = document.querySelector("#view svg.boundcheck-graph");
	const r = svg.getBoundingClientRect();
	for (let y = r.top + 6; y < r.bottom - 6; y += 12) {
		for (let x = r.left + 6; x < r.right - 6; x += 12) {
			const at = document.elementFromPoint(x, y);
			if (at && at.closest("svg.boundcheck-graph") && !at.closest("g.node, g.edge, g.legend")) return { x, y, hit: "" };
		}
	}
	return null;
})()`

// pickJS is the centre of the panel's button for the named service.
const pickJS = `((name) => {
	const b = [...document.querySelectorAll("#panel button")].find((b) => b.firstElementChild && b.firstElementChild.textContent === name);
	if (!b) return null;
	const r = b.getBoundingClientRect();
	return { x: r.left + r.width / 2, y: r.top + r.height / 2, hit: "" };
})(%s)`

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func state(t testing.TB, b *Browser) pageState {
	t.Helper()
	return Eval[pageState](t, b, stateJS)
}

// waitState polls the page's state until ok holds, and fails t with the
// last state after a few seconds.
func waitState(t testing.TB, b *Browser, what string, ok func(pageState) bool) pageState {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := state(t, b)
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: the page did not get there; its state:\n%s", what, stateText(s))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func stateText(s pageState) string {
	return fmt.Sprintf("  viewBox %q dim %v\n  matches %v result %q\n  selected %v hl edges %v hl nodes %v chain %v\n  panel:\n%s",
		s.ViewBox, s.Dim, s.Matches, s.Result, s.Selected, s.HLEdges, s.HLNodes, s.Chain, indent(s.Panel))
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n    ")
}

// click clicks with the left button at p, a real press and release.
func click(t testing.TB, b *Browser, what string, p point) {
	t.Helper()
	b.Do(t, what, chromedp.MouseClickXY(p.X, p.Y))
}

// wheel turns the mouse wheel by dy pixels at x, y. Input.dispatchMouseEvent
// wants deltaX and deltaY both, which cdproto leaves out when zero.
func wheel(x, y, dy float64) chromedp.Action[chromedp.Void] {
	type params struct {
		Type   input.DispatchMouseEventType `json:"type"`
		X      float64                      `json:"x"`
		Y      float64                      `json:"y"`
		DeltaX float64                      `json:"deltaX"`
		DeltaY float64                      `json:"deltaY"`
	}
	cmd := cdp.Command[params, cdp.Empty]{Method: input.CommandDispatchMouseEvent}
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, cmd, params{Type: input.DispatchMouseEventTypeMouseWheel, X: x, Y: y, DeltaY: dy})
		return err
	})
}

// viewBox parses a viewBox attribute.
func viewBox(t testing.TB, v string) [4]float64 {
	t.Helper()
	var r [4]float64
	f := strings.Fields(v)
	if len(f) != 4 {
		t.Fatalf("viewBox %q: want 4 numbers", v)
	}
	for i, s := range f {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			t.Fatalf("viewBox %q: %q is not a number", v, s)
		}
		r[i] = x
	}
	if r[2] <= 0 || r[3] <= 0 {
		t.Fatalf("viewBox %q: empty", v)
	}
	return r
}

// CheckGraphPage opens the page at path in b and uses it as a reader would,
// checking each step: it searches for want.Service, clicks its node, drags
// the background, turns the wheel, clicks the background, selects the
// service again from the panel, and fits the graph. It returns what the
// page showed once the service was clicked, for checks of the caller's own.
func CheckGraphPage(t *testing.T, b *Browser, path string, want GraphWant) GraphSeen {
	t.Helper()
	b.Open(t, path)
	start := state(t, b)
	viewBox(t, start.ViewBox)
	if start.Dim || len(start.Selected) > 0 || len(start.Matches) > 0 {
		t.Errorf("on load, something is dimmed, selected or matched:\n%s", stateText(start))
	}
	facts := Eval[*serviceFacts](t, b, fmt.Sprintf(factsJS, jsString(want.Service)))
	if facts == nil || facts.Node == "" {
		t.Fatalf("the page's data has no drawn service %q", want.Service)
	}
	if want.Finding != "" && !strings.Contains(start.Panel, want.Service) {
		t.Errorf("with nothing selected, the panel does not list %s, which has findings:\n%s", want.Service, indent(start.Panel))
	}

	// Search.
	b.Do(t, "typing in the search box", chromedp.SendKeys(chromedp.CSS("#search"), want.Service))
	s := waitState(t, b, "searching for "+want.Service, func(s pageState) bool { return s.Result != "" })
	if !slices.Equal(s.Matches, []string{want.Service}) || s.Result != "1 service matches" || !s.Dim {
		t.Errorf("searching for %q: want only it matched, the line %q and the rest dimmed; got:\n%s", want.Service, "1 service matches", stateText(s))
	}
	node := Eval[*point](t, b, fmt.Sprintf(centreJS, jsString(facts.Node)))
	if node == nil {
		t.Fatalf("no element %s", facts.Node)
	}
	svg := Eval[[4]float64](t, b, `(() => { const r = document.querySelector("#view svg").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
	if cx, cy := svg[0]+svg[2]/2, svg[1]+svg[3]/2; math.Abs(node.X-cx) > 2 || math.Abs(node.Y-cy) > 2 {
		t.Errorf("searching did not centre the view on %s: its centre is at (%.0f, %.0f), the view's at (%.0f, %.0f)", want.Service, node.X, node.Y, cx, cy)
	}
	b.Do(t, "pressing Escape in the search box", chromedp.KeyEvent(kb.Escape))
	s = waitState(t, b, "clearing the search", func(s pageState) bool { return s.Result == "" })
	if len(s.Matches) > 0 || s.Dim {
		t.Errorf("Escape left matches or dimming:\n%s", stateText(s))
	}

	// Click the node.
	node = Eval[*point](t, b, fmt.Sprintf(centreJS, jsString(facts.Node)))
	if node.Hit != facts.Node {
		t.Fatalf("the centre of %s (%s) shows %q, not the node", facts.Node, want.Service, node.Hit)
	}
	click(t, b, "clicking "+want.Service, *node)
	s = waitState(t, b, "clicking "+want.Service, func(s pageState) bool { return len(s.Selected) > 0 })
	seen := GraphSeen{Node: facts.Node, HLEdges: s.HLEdges, HLNodes: s.HLNodes, Chain: s.Chain, Panel: s.Panel}
	if !slices.Equal(s.Selected, []string{facts.Node}) || !s.Dim {
		t.Errorf("clicking %s (%s): want it alone selected and the rest dimmed; got:\n%s", want.Service, facts.Node, stateText(s))
	}
	if !slices.Equal(s.HLEdges, facts.Incident) {
		t.Errorf("clicking %s: edges with class hl %v, want its incident edges %v (of %v)", want.Service, s.HLEdges, facts.Incident, facts.Edges)
	}
	chain := slices.Sorted(slices.Values(facts.Chain))
	if !slices.Equal(s.Chain, chain) {
		t.Errorf("clicking %s: edges with class chain %v, want its chain %v", want.Service, s.Chain, chain)
	}
	if want.Chain != "" {
		if n := strings.Count(want.Chain, "→"); len(facts.Chain) != n {
			t.Errorf("the page's data gives %s a chain of %d edges %v, want %d for %s", want.Service, len(facts.Chain), facts.Chain, n, want.Chain)
		}
		if !strings.Contains(s.Panel, want.Chain) {
			t.Errorf("the panel does not spell out the chain %q:\n%s", want.Chain, indent(s.Panel))
		}
	}
	if !strings.Contains(s.Panel, want.Service) || (want.Finding != "" && !strings.Contains(s.Panel, want.Finding)) {
		t.Errorf("the panel does not show %s and its finding %q:\n%s", want.Service, want.Finding, indent(s.Panel))
	}
	for _, f := range facts.Findings {
		if !strings.Contains(s.Panel, f) {
			t.Errorf("the panel does not show the finding %q", f)
		}
	}

	// Drag the background: the view pans and the selection stays.
	bg := Eval[*point](t, b, backgroundJS)
	if bg == nil {
		t.Fatal("no point of the SVG is background")
	}
	press := func(p *input.DispatchMouseEventParams) {
		p.Button, p.Buttons, p.ClickCount = input.MouseButtonLeft, 1, 1
	}
	held := func(p *input.DispatchMouseEventParams) { p.Button, p.Buttons = input.MouseButtonLeft, 1 }
	release := func(p *input.DispatchMouseEventParams) { p.Button, p.ClickCount = input.MouseButtonLeft, 1 }
	b.Do(t, "dragging the background",
		chromedp.MouseEvent(chromedp.MousePressed, bg.X, bg.Y, press),
		chromedp.MouseEvent(chromedp.MouseMoved, bg.X+10, bg.Y+5, held),
		chromedp.MouseEvent(chromedp.MouseMoved, bg.X+40, bg.Y+25, held),
		chromedp.MouseEvent(chromedp.MouseReleased, bg.X+40, bg.Y+25, release))
	before := s.ViewBox
	s = waitState(t, b, "dragging the background", func(s pageState) bool { return s.ViewBox != before })
	if v0, v1 := viewBox(t, before), viewBox(t, s.ViewBox); math.Abs(v1[0]-(v0[0]-40*v0[2]/svg[2])) > 0.5 || v1[2] != v0[2] {
		t.Errorf("dragging 40 pixels right moved the viewBox from %q to %q; want it 40 pixels' worth left, the same size", before, s.ViewBox)
	}
	if !slices.Equal(s.Selected, []string{facts.Node}) {
		t.Errorf("the click that ends a drag changed the selection:\n%s", stateText(s))
	}

	// Wheel up: zoom in.
	before = s.ViewBox
	b.Do(t, "turning the wheel", wheel(svg[0]+svg[2]/2, svg[1]+svg[3]/2, -300))
	s = waitState(t, b, "turning the wheel", func(s pageState) bool { return s.ViewBox != before })
	if viewBox(t, s.ViewBox)[2] >= viewBox(t, before)[2] {
		t.Errorf("the wheel turned up did not zoom in: viewBox %q, then %q", before, s.ViewBox)
	}

	// Click the background: the selection clears.
	bg = Eval[*point](t, b, backgroundJS)
	if bg == nil {
		t.Fatal("no point of the SVG is background")
	}
	click(t, b, "clicking the background", *bg)
	s = waitState(t, b, "clicking the background", func(s pageState) bool { return len(s.Selected) == 0 })
	if s.Dim || len(s.HLEdges)+len(s.HLNodes)+len(s.Chain) > 0 {
		t.Errorf("clicking the background left highlights:\n%s", stateText(s))
	}

	// Select it again from the panel.
	if want.Finding != "" {
		pick := Eval[*point](t, b, fmt.Sprintf(pickJS, jsString(want.Service)))
		if pick == nil {
			t.Fatalf("with nothing selected, the panel has no button for %s:\n%s", want.Service, indent(s.Panel))
		}
		click(t, b, "clicking "+want.Service+" in the panel", *pick)
		s = waitState(t, b, "clicking "+want.Service+" in the panel", func(s pageState) bool { return len(s.Selected) > 0 })
		if !slices.Equal(s.Selected, []string{facts.Node}) || !slices.Equal(s.Chain, chain) || !strings.Contains(s.Panel, want.Finding) {
			t.Errorf("clicking %s in the panel did not select it:\n%s", want.Service, stateText(s))
		}
	}

	// Fit: back to the view of the start.
	b.Do(t, "clicking Fit", chromedp.Click(chromedp.CSS("#fit")))
	waitState(t, b, "clicking Fit", func(s pageState) bool { return s.ViewBox == start.ViewBox })
	b.CheckConsole(t)
	return seen
}
