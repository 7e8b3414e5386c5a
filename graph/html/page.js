// The interactive part of boundcheck's graph page: pan and zoom by the SVG's
// viewBox, a search box, selection by click, and the side panel. Plain
// JavaScript; it fetches nothing. Every event touches only the elements it
// changes: edges are indexed by node once, at load.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("data").textContent);
  const svg = document.querySelector("#view svg.boundcheck-graph");
  const panel = document.getElementById("panel");
  const search = document.getElementById("search");
  const result = document.getElementById("result");
  if (!svg) {
    result.textContent = "no graph on this page";
    return;
  }

  // Indexes, built once.
  const nodes = new Map(); // id → <g class="node">
  for (const el of svg.querySelectorAll("g.node")) nodes.set(el.id, el);
  const edges = new Map(); // id → <g class="edge">
  const edgesOf = new Map(); // node id → its edges
  for (const el of svg.querySelectorAll("g.edge")) {
    edges.set(el.id, el);
    const from = el.getAttribute("data-from");
    const to = el.getAttribute("data-to");
    for (const end of from === to ? [from] : [from, to]) {
      let list = edgesOf.get(end);
      if (!list) edgesOf.set(end, (list = []));
      list.push(el);
    }
  }
  const services = Array.isArray(data.services) ? data.services : [];
  const serviceOfNode = new Map(); // node id → service
  for (const s of services) if (s.node) serviceOfNode.set(s.node, s);
  const clusterOf = new Map(); // service name → its cluster, for services drawn as clusters
  for (const el of svg.querySelectorAll("g.cluster")) clusterOf.set(el.getAttribute("data-name"), el);

  const list = (a) => (Array.isArray(a) ? a : []);
  const nameOf = (id) => {
    const el = nodes.get(id);
    return el ? el.getAttribute("data-name") : id;
  };
  const kindOf = (el) => {
    for (const k of ["service", "deployed", "topic", "external", "datastore", "endpoint"]) {
      if (el.classList.contains(k)) return k;
    }
    return "node";
  };

  // View: the centre (cx, cy) and scale k, in SVG units per screen pixel.
  // The viewBox always has the element's aspect ratio, so that a screen
  // point maps to an SVG point without letterboxing.
  const base = svg.viewBox.baseVal;
  const content = { x: base.x, y: base.y, w: Math.max(base.width, 1), h: Math.max(base.height, 1) };
  let cx = content.x + content.w / 2;
  let cy = content.y + content.h / 2;
  let k = 1;
  let kFit = 1;

  function screen() {
    const r = svg.getBoundingClientRect();
    return { left: r.left, top: r.top, w: Math.max(r.width, 1), h: Math.max(r.height, 1) };
  }
  function clampK(v) {
    return Math.min(Math.max(v, 0.02), Math.max(kFit * 4, 2));
  }
  function apply() {
    const s = screen();
    const w = s.w * k;
    const h = s.h * k;
    svg.setAttribute("viewBox", [cx - w / 2, cy - h / 2, w, h].map((v) => +v.toFixed(2)).join(" "));
  }
  function fit() {
    const s = screen();
    const pad = 16;
    kFit = Math.max(content.w / Math.max(s.w - 2 * pad, 1), content.h / Math.max(s.h - 2 * pad, 1));
    k = kFit;
    cx = content.x + content.w / 2;
    cy = content.y + content.h / 2;
    apply();
  }
  // zoomAt scales by f, keeping the SVG point under the screen point (x, y) in place.
  function zoomAt(f, x, y) {
    const s = screen();
    const k2 = clampK(k * f);
    const ox = x - s.left - s.w / 2;
    const oy = y - s.top - s.h / 2;
    cx += ox * (k - k2);
    cy += oy * (k - k2);
    k = k2;
    apply();
  }
  function zoomCentre(f) {
    const s = screen();
    zoomAt(f, s.left + s.w / 2, s.top + s.h / 2);
  }
  // show centres el, zooming in to at least 1:1 when the view is farther out.
  function show(el) {
    const b = el.getBBox();
    cx = b.x + b.width / 2;
    cy = b.y + b.height / 2;
    k = clampK(Math.min(k, 1));
    apply();
  }

  svg.addEventListener(
    "wheel",
    (e) => {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const d = Math.max(-600, Math.min(600, e.deltaY * unit));
      zoomAt(Math.exp(d * 0.0015), e.clientX, e.clientY);
    },
    { passive: false },
  );

  // Pan by drag. A press becomes a drag once it moves a few pixels; only
  // then is the pointer captured, so that a plain click still reaches the
  // element under it, and the click that ends a drag is ignored.
  let drag = null;
  let dragged = false;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moving: false };
    dragged = false;
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moving) {
      if (Math.hypot(dx, dy) < 4) return;
      drag.moving = true;
      svg.setPointerCapture(e.pointerId);
      svg.classList.add("bc-panning");
    }
    cx -= dx * k;
    cy -= dy * k;
    drag.x = e.clientX;
    drag.y = e.clientY;
    apply();
  });
  function endDrag(e) {
    if (!drag || e.pointerId !== drag.id) return;
    dragged = drag.moving;
    drag = null;
    svg.classList.remove("bc-panning");
  }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);

  document.getElementById("zoom-in").addEventListener("click", () => zoomCentre(1 / 1.25));
  document.getElementById("zoom-out").addEventListener("click", () => zoomCentre(1.25));
  document.getElementById("fit").addEventListener("click", fit);
  window.addEventListener("resize", apply);

  // The dimmed state: on while something is selected or a search matches.
  let selected = null; // { el, service } or null
  let matches = [];
  let current = -1;
  function updateDim() {
    svg.classList.toggle("dim", selected !== null || matches.length > 0);
  }

  // Selection. marked holds every class the selection set, to undo it in
  // time proportional to what it touched.
  let marked = [];
  function mark(el, cls) {
    if (!el.classList.contains(cls)) {
      el.classList.add(cls);
      marked.push([el, cls]);
    }
  }
  function unmark() {
    for (const [el, cls] of marked) el.classList.remove(cls);
    marked = [];
    selected = null;
  }
  function clearSelection() {
    unmark();
    updateDim();
    overview();
  }
  // selectNode selects a drawn node: its edges and their other ends are
  // highlighted, and a service's longest sync chain too.
  function selectNode(el) {
    unmark();
    mark(el, "selected");
    for (const edge of edgesOf.get(el.id) || []) {
      mark(edge, "hl");
      const from = edge.getAttribute("data-from");
      const other = nodes.get(from === el.id ? edge.getAttribute("data-to") : from);
      if (other && other !== el) mark(other, "hl");
    }
    const s = serviceOfNode.get(el.id) || null;
    if (s) markChain(s);
    selected = { el, service: s };
    updateDim();
    if (s) serviceView(s);
    else nodeView(el);
  }
  // selectService selects a service from the panel, drawn as a node or not.
  function selectService(s) {
    const el = s.node ? nodes.get(s.node) : null;
    if (el) {
      selectNode(el);
      show(el);
      return;
    }
    unmark();
    markChain(s);
    const c = clusterOf.get(s.name);
    if (c) mark(c, "match");
    selected = { el: null, service: s };
    updateDim();
    serviceView(s);
  }
  function markChain(s) {
    for (const id of list(s.chain)) {
      const edge = edges.get(id);
      if (!edge) continue;
      mark(edge, "chain");
      for (const end of [edge.getAttribute("data-from"), edge.getAttribute("data-to")]) {
        const n = nodes.get(end);
        if (n) mark(n, "onchain");
      }
    }
  }

  svg.addEventListener("click", (e) => {
    if (dragged) {
      dragged = false;
      return;
    }
    const t = e.target instanceof Element ? e.target : null;
    const n = t && t.closest("g.node");
    if (n && nodes.get(n.id) === n) {
      selectNode(n);
      return;
    }
    if (t && t.closest("g.edge")) return;
    if (selected) clearSelection();
  });

  // The panel.
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function section(title, items, cls, none) {
    const frag = document.createDocumentFragment();
    frag.append(el("h3", "", items.length ? title + " (" + items.length + ")" : title));
    if (!items.length) {
      frag.append(el("p", "bc-none", none));
      return frag;
    }
    const ul = el("ul", cls);
    for (const item of items) {
      const li = el("li");
      const i = item.indexOf(": ");
      if (cls === "bc-findings" && i > 0) {
        li.append(el("b", "", item.slice(0, i)), item.slice(i));
      } else {
        li.textContent = item;
      }
      ul.append(li);
    }
    frag.append(ul);
    return frag;
  }
  function backButton() {
    const b = el("button", "bc-back", "\u00d7");
    b.type = "button";
    b.title = "Clear the selection (Esc)";
    b.setAttribute("aria-label", "Clear the selection");
    b.addEventListener("click", clearSelection);
    return b;
  }
  // chainText spells out the services along the chain, or else the nodes
  // along its edges.
  function chainText(s) {
    if (list(s.chain_services).length > 0) return s.chain_services.join(" \u2192 ");
    const names = [];
    for (const id of list(s.chain)) {
      const edge = edges.get(id);
      if (!edge) continue;
      for (const end of [edge.getAttribute("data-from"), edge.getAttribute("data-to")]) {
        const name = nameOf(end);
        if (names[names.length - 1] !== name) names.push(name);
      }
    }
    return names.join(" \u2192 ");
  }
  function serviceView(s) {
    panel.replaceChildren(backButton(), el("h2", "", s.name), el("p", "bc-kind", "service"));
    panel.append(section("Findings", list(s.findings), "bc-findings", "no findings"));
    panel.append(el("h3", "", "Longest synchronous chain"));
    const chain = chainText(s);
    panel.append(chain ? el("p", "bc-chain", chain) : el("p", "bc-none", "no synchronous calls"));
    panel.append(section("Endpoints", list(s.endpoints), "", "no endpoints found"));
    if (s.cochange) panel.append(section("Changes together with", list(s.cochange), "", "no service above the thresholds"));
  }
  function nodeView(n) {
    panel.replaceChildren(backButton(), el("h2", "", n.getAttribute("data-name")), el("p", "bc-kind", kindOf(n)));
    const ins = [];
    const outs = [];
    for (const edge of edgesOf.get(n.id) || []) {
      const label = edge.querySelector("text.label");
      const via = label ? " (" + label.textContent + ")" : "";
      if (edge.getAttribute("data-to") === n.id) ins.push(nameOf(edge.getAttribute("data-from")) + via);
      if (edge.getAttribute("data-from") === n.id) outs.push(nameOf(edge.getAttribute("data-to")) + via);
    }
    panel.append(section("From", ins, "", "none"), section("To", outs, "", "none"));
  }
  function overview() {
    const withFindings = services.filter((s) => list(s.findings).length > 0);
    panel.replaceChildren(el("h2", "", "Findings"));
    panel.append(
      el(
        "p",
        "bc-kind",
        services.length + (services.length === 1 ? " service, " : " services, ") + withFindings.length + " with findings",
      ),
    );
    if (withFindings.length) {
      const ul = el("ul", "bc-pick");
      for (const s of withFindings) {
        const b = el("button");
        b.type = "button";
        b.append(el("span", "", s.name), el("span", "bc-count", String(list(s.findings).length)));
        b.addEventListener("click", () => selectService(s));
        const li = el("li");
        li.append(b);
        ul.append(li);
      }
      panel.append(ul);
    }
    panel.append(el("p", "bc-none", "Click a service to see its endpoints, findings and longest synchronous chain."));
  }

  // Search: service nodes, and the clusters of services not drawn as nodes.
  const candidates = [];
  for (const n of svg.querySelectorAll("g.node.service")) {
    candidates.push({ el: n, name: (n.getAttribute("data-name") || "").toLowerCase() });
  }
  for (const s of services) {
    const c = !s.node && clusterOf.get(s.name);
    if (c) candidates.push({ el: c, name: s.name.toLowerCase() });
  }
  function runSearch() {
    for (const m of matches) m.classList.remove("match", "current");
    const q = search.value.trim().toLowerCase();
    matches = q ? candidates.filter((c) => c.name.includes(q)).map((c) => c.el) : [];
    for (const m of matches) m.classList.add("match");
    current = -1;
    if (matches.length) step(1);
    else report();
    updateDim();
  }
  function step(d) {
    if (current >= 0) matches[current].classList.remove("current");
    current = (current + d + matches.length) % matches.length;
    matches[current].classList.add("current");
    show(matches[current]);
    report();
  }
  function report() {
    const n = matches.length;
    if (!search.value.trim()) result.textContent = "";
    else if (n === 0) result.textContent = "no service matches";
    else if (n === 1) result.textContent = "1 service matches";
    else result.textContent = n + " services match (" + (current + 1) + " of " + n + ")";
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      if (matches.length) step(e.shiftKey ? -1 : 1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      search.value = "";
      runSearch();
    }
  });
  document.addEventListener("keydown", (e) => {
    if (e.target === search || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "/") {
      e.preventDefault();
      search.focus();
    } else if (e.key === "Escape" && selected) {
      clearSelection();
    }
  });

  overview();
  fit();
})();
