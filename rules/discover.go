package rules

import (
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Discovery by convention, as DESIGN.md describes it: each main package is a
// deployable named after its directory; the folders named after it under a
// service root belong to it; in a repository of several modules, a module with
// one main package is one service.

// serviceRoots are the folders whose children are service folders.
var serviceRoots = map[string]bool{"services": true, "service": true, "svc": true, "apps": true, "app": true, "src": true, "cmd": true, "internal": true, "microservices": true}

// containerDirs may stand in front of a service root (internal/services/orders).
var containerDirs = map[string]bool{"internal": true, "pkg": true, "src": true, "app": true, "backend": true}

// apiDirs are the folders of a service that other services may import.
var apiDirs = map[string]bool{"api": true, "proto": true, "pb": true, "gen": true, "genproto": true, "client": true, "contract": true, "contracts": true}

// genericNames say how a binary runs, not what it is; a main package in such a
// folder is named after the folder above it.
var genericNames = map[string]bool{"server": true, "service": true, "app": true, "main": true, "api": true, "grpc": true, "http": true, "svc": true, "daemon": true, "run": true, "cmd": true, "src": true}

// nonServiceDirs hold main packages that are not deployables.
var nonServiceDirs = map[string]bool{"examples": true, "example": true, "tools": true, "tool": true, "hack": true, "scripts": true, "script": true, "test": true, "tests": true, "e2e": true, "integration": true, "benchmarks": true, "docs": true, "mocks": true, "tutorial": true, "tutorials": true, "demo": true, "samples": true, "sample": true}

// A claim is a folder that a service owns.
type claim struct {
	service string
	rel     string // folder relative to the root; "" owns nothing below (root main)
	exact   string // a single package folder owned on its own
	rule    string
}

func (s *Set) discover() {
	mains := make(map[string][]*SourcePackage) // service name → its main packages
	var claims []claim

	byModule := make(map[*Module][]*SourcePackage)
	for _, p := range s.Tree.Packages {
		if !p.IsCommand() {
			continue
		}
		if seg := firstSegmentIn(p.Rel, nonServiceDirs); seg != "" {
			s.Skipped = append(s.Skipped, Skipped{Path: p.ImportPath, Rel: p.Rel, Why: fmt.Sprintf("under %q, a folder for tools and examples, not deployables", seg+"/")})
			continue
		}
		byModule[p.Module] = append(byModule[p.Module], p)
	}

	multiModule := len(s.Tree.Modules) > 1
	for _, m := range s.Tree.Modules {
		cmds := byModule[m]
		if !multiModule || len(cmds) != 1 || m.Dir == s.Root {
			continue
		}
		// One module, one deployable: the module is the service.
		rel := relSlash(s.Root, m.Dir)
		name := path.Base(rel)
		if genericNames[name] {
			name = path.Base(m.Path)
		}
		mains[name] = append(mains[name], cmds[0])
		claims = append(claims, claim{service: name, rel: rel, rule: fmt.Sprintf("in module %s (%s/go.mod), whose only main package is %s", m.Path, rel, cmds[0].Rel)})
		delete(byModule, m)
	}

	var rest []*SourcePackage
	for _, cmds := range byModule {
		rest = append(rest, cmds...)
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].Rel < rest[j].Rel })
	type named struct {
		p              *SourcePackage
		name, dir, why string
		viaRoot        bool
	}
	var ns []named
	count := make(map[string]int)
	for _, p := range rest {
		n := named{p: p}
		n.name, n.dir, n.why, n.viaRoot = serviceName(p)
		ns = append(ns, n)
		count[n.name]++
	}
	for _, n := range ns {
		p, name, dir, why := n.p, n.name, n.dir, n.why
		// Two mains named alike by their own folders (billing/worker,
		// shipping/worker) are two deployables: qualify with the folder above.
		if count[name] > 1 && !n.viaRoot && dir != "" && strings.Contains(dir, "/") {
			name = path.Base(path.Dir(dir)) + "-" + name
		}
		mains[name] = append(mains[name], p)
		if dir == "" {
			claims = append(claims, claim{service: name, exact: p.Rel, rule: "main package " + why})
		} else {
			claims = append(claims, claim{service: name, rel: dir, rule: fmt.Sprintf("under %s/, the folder of main package %s", dir, p.Rel)})
		}
	}

	names := make([]string, 0, len(mains))
	for name := range mains {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var rels []string
		for _, p := range mains[name] {
			rels = append(rels, p.Rel)
		}
		s.addService(name, "main package "+strings.Join(rels, ", "))
	}

	claims = append(claims, s.launchedServices(mains)...)

	// Service roots named after a service: services/orders, internal/orders...
	for _, p := range s.Tree.Packages {
		if dir, ok := namedRoot(p, s.byName); ok {
			claims = append(claims, claim{service: path.Base(dir), rel: dir, rule: fmt.Sprintf("under %s/, a service folder named after the service", dir)})
		}
	}

	s.assignClaims(claims)
}

// launcherRoots hold service folders even when one binary launches them all.
var launcherRoots = map[string]bool{"services": true, "service": true, "svc": true, "microservices": true}

// launchedServices finds services that have no main package of their own: one
// binary that starts each by a subcommand (cmd/app geo, cmd/app rate) over
// folders services/geo, services/rate. A folder counts only when it has a
// contract of its own (an api, proto, pb... subfolder) and at least two such
// folders stand side by side, so a monolith's service layer
// (internal/services/user.go) is not mistaken for services.
func (s *Set) launchedServices(mains map[string][]*SourcePackage) []claim {
	type cand struct{ dir, api string }
	cands := make(map[string]*cand)
	for _, p := range s.Tree.Packages {
		segs := strings.Split(p.Rel, "/")
		for i := 1; i < len(segs); i++ {
			if !launcherRoots[segs[i-1]] || !containersOnly(segs[:i-1]) {
				continue
			}
			name := segs[i]
			if s.byName[name] != nil || genericNames[name] {
				break
			}
			c := cands[name]
			if c == nil {
				c = &cand{dir: strings.Join(segs[:i+1], "/")}
				cands[name] = c
			}
			if seg := firstSegmentIn(strings.Join(segs[i+1:], "/"), apiDirs); seg != "" && c.dir == strings.Join(segs[:i+1], "/") {
				c.api = seg
			}
			break
		}
	}
	// A parent folder qualifies when two or more of its service folders have a contract.
	withAPI := make(map[string]int)
	for _, c := range cands {
		if c.api != "" {
			withAPI[path.Dir(c.dir)]++
		}
	}
	var names []string
	for name, c := range cands {
		if withAPI[path.Dir(c.dir)] >= 2 {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	sort.Strings(names)
	var claims []claim
	for _, name := range names {
		c := cands[name]
		why := "no main package of its own"
		if c.api != "" {
			why = fmt.Sprintf("a contract (%s/) and no main package of its own", c.api)
		}
		s.addService(name, fmt.Sprintf("folder %s/ under a service root, with %s", c.dir, why))
		claims = append(claims, claim{service: name, rel: c.dir, rule: fmt.Sprintf("under %s/, a service folder with no main package of its own", c.dir)})
	}
	s.dropLaunchers(mains, names)
	return claims
}

// dropLaunchers removes the services made from main packages that only
// launch the given services (they import the root package of two or more):
// such a main is a launcher, not a deployable of its own, and is left unowned.
func (s *Set) dropLaunchers(mains map[string][]*SourcePackage, launched []string) {
	roots := make(map[string]bool)
	for _, name := range launched {
		for _, p := range s.Tree.Packages {
			if strings.HasSuffix(p.Rel, "/"+name) && launcherRoots[path.Base(path.Dir(p.Rel))] {
				roots[p.ImportPath] = true
			}
		}
	}
	for name, ps := range mains {
		for _, p := range ps {
			n := 0
			for _, imp := range p.Imports {
				if roots[imp] {
					n++
				}
			}
			if n >= 2 && len(ps) == 1 {
				s.removeService(name)
				s.launchers[p.ImportPath] = fmt.Sprintf("launcher main package: starts %d of the services %s by subcommand, not a service of its own", n, strings.Join(launched, ", "))
			}
		}
	}
}

func (s *Set) removeService(name string) {
	delete(s.byName, name)
	for i, svc := range s.Services {
		if svc.Name == name {
			s.Services = append(s.Services[:i], s.Services[i+1:]...)
			return
		}
	}
}

// serviceName names the service of main package p and returns the folder it
// owns ("" when it owns only its own package, as a main at a module root does).
func serviceName(p *SourcePackage) (name, dir, why string, viaRoot bool) {
	segs := strings.Split(p.Rel, "/")
	if p.Rel == "." {
		base := "root"
		if p.Module != nil && p.Module.Path != "" {
			base = path.Base(p.Module.Path)
		}
		return base, "", "at the root of module " + moduleName(p), false
	}
	// The outermost folder that sits in a service root: services/orders/cmd/server → orders.
	// A service root or container in a service root is not a service
	// (internal/services/orders → orders, internal/pkg/codegen → codegen).
	for i := 1; i < len(segs); i++ {
		if serviceRoots[segs[i-1]] && containersOnly(segs[:i-1]) {
			n := segs[i]
			if !genericNames[n] && !serviceRoots[n] && !containerDirs[n] {
				return n, strings.Join(segs[:i+1], "/"), "", true
			}
		}
	}
	// Otherwise the main's own folder, or the nearest non-generic folder above it.
	for i := len(segs) - 1; i >= 0; i-- {
		if !genericNames[segs[i]] && !serviceRoots[segs[i]] {
			return segs[i], strings.Join(segs[:i+1], "/"), "", false
		}
	}
	if p.Module != nil && p.Module.Path != "" {
		return path.Base(p.Module.Path), "", fmt.Sprintf("%s, in a folder with a generic name; named after module %s", p.Rel, p.Module.Path), false
	}
	return segs[len(segs)-1], strings.Join(segs, "/"), "", false
}

func moduleName(p *SourcePackage) string {
	if p.Module == nil {
		return "(none)"
	}
	return p.Module.Path
}

// containersOnly reports whether every folder in segs may stand in front of a service root.
func containersOnly(segs []string) bool {
	for _, s := range segs {
		if !containerDirs[s] {
			return false
		}
	}
	return true
}

// namedRoot reports whether p lies under a service root folder named after a
// known service (services/orders/..., internal/orders/...), counted from p's
// module so nested modules follow the same convention; it returns that folder
// relative to the root.
func namedRoot(p *SourcePackage, services map[string]*Service) (string, bool) {
	rel, prefix := p.ModRel, ""
	if p.Rel == p.ModRel || !strings.HasSuffix(p.Rel, "/"+p.ModRel) {
		rel = p.Rel // the module is the root, or encloses it
	} else {
		prefix = strings.TrimSuffix(p.Rel, "/"+p.ModRel)
	}
	segs := strings.Split(rel, "/")
	for i := 1; i < len(segs); i++ {
		if serviceRoots[segs[i-1]] && containersOnly(segs[:i-1]) && services[segs[i]] != nil {
			return path.Join(prefix, strings.Join(segs[:i+1], "/")), true
		}
	}
	return "", false
}

// assignClaims gives each package to the service with the deepest claim on it.
func (s *Set) assignClaims(claims []claim) {
	folders := make(map[string][]*claim)
	exact := make(map[string][]*claim)
	for i := range claims {
		c := &claims[i]
		if s.byName[c.service] == nil {
			continue
		}
		if c.exact != "" {
			exact[c.exact] = append(exact[c.exact], c)
		} else {
			folders[c.rel] = append(folders[c.rel], c)
		}
	}
	// pick returns the claim of the alphabetically first service.
	pick := func(cs []*claim) *claim {
		var best *claim
		for _, c := range cs {
			if best == nil || c.service < best.service {
				best = c
			}
		}
		return best
	}
	for _, info := range s.Packages {
		// An exact claim beats any folder; then the deepest folder wins.
		best := pick(exact[info.Rel])
		for dir := info.Rel; best == nil; dir = path.Dir(dir) {
			best = pick(folders[dir])
			if dir == "." || dir == "/" {
				break
			}
		}
		if best == nil {
			continue
		}
		svc := s.byName[best.service]
		below := strings.TrimPrefix(strings.TrimPrefix(info.Rel, best.rel), "/")
		api := best.exact == "" && firstSegmentIn(below, apiDirs) != ""
		rule := best.rule
		if api {
			rule += fmt.Sprintf("; api package by convention (a %q folder)", firstSegmentIn(below, apiDirs)+"/")
		}
		s.own(info, svc, api, rule)
	}
}

// firstSegmentIn returns the first slash-separated element of rel in set, or "".
func firstSegmentIn(rel string, set map[string]bool) string {
	if rel == "" || rel == "." {
		return ""
	}
	for _, seg := range strings.Split(rel, "/") {
		if set[seg] {
			return seg
		}
	}
	return ""
}

func relSlash(root, dir string) string {
	return filepath.ToSlash(relOrAbs(root, dir))
}
