package model

import (
	"fmt"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Dapr service invocation. A call through a Dapr sidecar names the app it
// invokes by its app-id, not by a host, and reaches the method's path on
// that app. A call goes through the sidecar when
//
//   - the Go SDK's InvokeMethod makes it (Call.AppID, with a URL that is
//     only the method's path);
//   - its path is the sidecar's invocation API,
//     /v1.0/invoke/<app-id>/method/<method>, on a host that is none of the
//     analysed services (the caller's own machine, a variable's, a
//     deployed sidecar);
//   - it carries a dapr-app-id header (Call.AppID) and goes to the caller's
//     own machine (a loopback host) or to a host read from a DAPR_ variable
//     (DAPR_HTTP_ENDPOINT, DAPR_HOST) that nothing resolves.
//
// The app-id is the service the deployment files give it (rules.Set.DaprApp:
// a pod annotation, a compose daprd sidecar, a dapr.yaml run file); else
// the service named like it, which the edge's Why says; else the caller's
// own unknown, named by the app-id ("unknown:web/http/dapr app-id
// orders"), never a guess (DESIGN.md, "Unknowns").

// daprEdges resolves a call that goes through a Dapr sidecar, each of its
// candidate URLs as resolve does; nil when none of them goes through one.
func (b *builder) daprEdges(caller string, c *Call) []*SyncEdge {
	type target struct {
		ids  []Value
		path string
		ok   bool
	}
	urls := b.substitute(c.URL, caller)
	targets := make([]target, len(urls))
	dapr := false
	for i, u := range urls {
		t := &targets[i]
		t.ids, t.path, t.ok = b.daprTarget(caller, c, u)
		dapr = dapr || t.ok
	}
	if !dapr {
		return nil
	}
	var out []*SyncEdge
	for i, u := range urls {
		if !targets[i].ok {
			out = append(out, b.httpEdge(caller, c, u))
			continue
		}
		for _, id := range targets[i].ids {
			out = append(out, b.daprEdge(caller, c, id, targets[i].path))
		}
	}
	if slices.ContainsFunc(out, func(e *SyncEdge) bool { return !e.Unknown() }) {
		out = slices.DeleteFunc(out, (*SyncEdge).Unknown)
	}
	seen := make(map[string]bool)
	return slices.DeleteFunc(out, func(e *SyncEdge) bool {
		k := e.To + " " + e.Detail
		dup := seen[k]
		seen[k] = true
		return dup
	})
}

// daprTarget reports whether candidate URL u of call c goes through a
// Dapr sidecar, and returns the candidate app-ids it invokes and the
// method's path there.
func (b *builder) daprTarget(caller string, c *Call, u Value) (ids []Value, path string, ok bool) {
	if p, _ := u.Prefix(); strings.HasPrefix(p, "/") && len(c.AppID) > 0 {
		return b.substitute(c.AppID, caller), daprPath(render(u)), true // the SDK's InvokeMethod
	}
	host, path, _, from := b.hostOf(caller, b.deployedEnv(caller, u))
	if id, method, ok := catalog.DaprInvokePath(path); ok {
		if _, analysed := b.set.HostService(host); !analysed {
			return []Value{values.Lit(id)}, daprPath(method), true
		}
	}
	if len(c.AppID) > 0 && (isLoopback(host) || host == "" && strings.HasPrefix(from, "DAPR_")) {
		return b.substitute(c.AppID, caller), daprPath(path), true
	}
	return nil, "", false
}

// daprPath returns the path of a method on its app: without a query, and
// without what a URL built from a host variable leaves before it
// (":{?}/orders" for ${DAPR_HOST}:${DAPR_HTTP_PORT}/orders).
func daprPath(p string) string {
	if i := strings.IndexByte(p, '/'); i > 0 {
		p = p[i:]
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '?' && (i == 0 || p[i-1] != '{') { // a query, not an unknown part's "{?}"
			p = p[:i]
			break
		}
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p
}

// daprEdge is the edge of call c to the app with app-id id, on path.
func (b *builder) daprEdge(caller string, c *Call, id Value, path string) *SyncEdge {
	e := &SyncEdge{From: caller, Protocol: "http", Call: c, Detail: strings.TrimSpace(c.Method + " " + path)}
	name := render(b.deployedEnv(caller, id).WithDefaults())
	if name == "" || strings.Contains(name, unknownPart) {
		what, why := "dapr app-id ?", "the dapr app-id is not known"
		if src := sources(id); len(src) > 0 {
			what = "dapr app-id from " + src[0]
			why = "dapr app-id from " + src[0] + ", which no deployment file read sets"
		}
		e.To, e.Why = b.unknown(caller, "http", what, unknownLabel("http", " ", what)), why
		return e
	}
	app := catalog.DaprAppName(name)
	svc, why := b.daprService(app)
	e.Why = why
	if svc == "" {
		what := "dapr app-id " + app
		e.To = b.unknown(caller, "http", what, unknownLabel("http", " ", what))
		return e
	}
	e.To = svc
	e.Endpoint = b.matchHTTP(svc, c.Method, path)
	return e
}

// daprService returns the service whose Dapr app-id is app, and how that
// is known; "" when no service is.
func (b *builder) daprService(app string) (string, string) {
	a, declared := b.set.DaprApp(app)
	if declared && a.Service != "" {
		return a.Service, fmt.Sprintf("dapr app-id %s: %s (%s)", app, a.Why, a.Where())
	}
	byName := b.set.Service(app) != nil
	switch {
	case declared && byName:
		return app, fmt.Sprintf("dapr app-id %s is the name of service %s; the deployment's app-id is no service's: %s (%s)", app, app, a.Why, a.Where())
	case declared:
		return "", fmt.Sprintf("dapr app-id %s: %s (%s)", app, a.Why, a.Where())
	case byName:
		return app, fmt.Sprintf("dapr app-id %s: no deployment file gives it; it is the name of service %s", app, app)
	}
	return "", fmt.Sprintf("dapr app-id %s: no deployment file gives it, and no service has its name", app)
}
