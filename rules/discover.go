package rules

import (
	"fmt"
	"maps"
	"path"
	"path/filepath"
	"slices"
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

// genericNames say how a binary runs, not what it is; a main package in such a
// folder is named after the folder above it.
var genericNames = map[string]bool{"server": true, "service": true, "app": true, "main": true, "api": true, "grpc": true, "http": true, "svc": true, "daemon": true, "run": true, "cmd": true, "src": true}

// nonServiceDirs hold main packages that are not deployables.
var nonServiceDirs = map[string]bool{"examples": true, "example": true, "tools": true, "tool": true, "hack": true, "scripts": true, "script": true, "test": true, "tests": true, "e2e": true, "integration": true, "benchmarks": true, "docs": true, "mocks": true, "tutorial": true, "tutorials": true, "demo": true, "samples": true, "sample": true}

// toolFolders map folder names (or parts of them between "-" and "_"), in
// lower case without separators, to the kind of tool whose main packages
// they hold: a load generator, seeder, migrator or command-line tool runs
// against the services and is none of them.
var toolFolders = map[string]string{
	"loadgen": "load generators", "loadgenerator": "load generators", "loadtest": "load generators",
	"loadtests": "load generators", "loadtester": "load generators", "loadtesting": "load generators",
	"stresstest": "load generators", "bench": "load generators", "benchmark": "load generators",
	"seed": "seeders", "seeds": "seeders", "seeder": "seeders", "seeding": "seeders", "seeddata": "seeders",
	"migrate": "migrators", "migrator": "migrators", "migration": "migrators", "migrations": "migrators",
	"dbmigrate": "migrators", "migratedb": "migrators",
	"cli": "command-line tools", "ctl": "command-line tools",
}

// Kinds of main packages that are not services, as Skipped.Kind gives them.
const (
	SkipNonDeployable   = "non-deployable folder" // under examples/, tools/, test/...
	SkipTool            = "tool"                  // a load generator, seeder, migrator or CLI
	SkipCompositionRoot = "composition root"      // builds several services into one binary
)

// toolFolder returns the kind of tool a main package in a folder named seg
// is ("migrators" for migrate/, db-migrate/, orders_migrate/...), or "".
func toolFolder(seg string) string {
	if kind := toolFolders[normName(seg)]; kind != "" {
		return kind
	}
	for part := range strings.FieldsFuncSeq(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if kind := toolFolders[part]; kind != "" {
			return kind
		}
	}
	if n := normName(seg); len(n) > 3 && (strings.HasSuffix(n, "ctl") || strings.HasSuffix(n, "cli")) {
		return "command-line tools" // orderctl, orders-cli
	}
	return ""
}

// A claim is a folder that a service owns.
type claim struct {
	service string
	rel     string // folder relative to the root; "" owns nothing below (root main)
	exact   string // a single package folder owned on its own
	rule    string
	api     bool // every non-main package under rel is an api package, by rule
}

// skip records that main package p is not a service, of the given kind and
// why. It stays out of every service, even one whose folder holds it.
func (s *Set) skip(p *SourcePackage, kind, why string) {
	s.Skipped = append(s.Skipped, Skipped{Path: p.ImportPath, Rel: p.Rel, Kind: kind, Why: why})
	s.notServices[p.ImportPath] = "main package, not a service: " + why
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
			s.skip(p, SkipNonDeployable, fmt.Sprintf("under %q, a folder for tools and examples, not deployables", seg+"/"))
			continue
		}
		if seg, kind := toolSegment(p.Rel); kind != "" {
			s.skip(p, SkipTool, fmt.Sprintf("a tool: in %q, a folder for %s, not a deployable", seg+"/", kind))
			continue
		}
		byModule[p.Module] = append(byModule[p.Module], p)
	}

	multiModule := len(s.Tree.Modules) > 1
	type modService struct {
		m         *Module
		rel, name string
		main      *SourcePackage
	}
	var modServices []modService
	modNames := make(map[string][]string) // name → the folders of the modules it names
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
		modServices = append(modServices, modService{m, rel, name, cmds[0]})
		modNames[name] = append(modNames[name], rel)
		delete(byModule, m)
	}
	for _, ms := range modServices {
		name := ms.name
		if len(modNames[name]) > 1 {
			// Modules in folders named alike (examples/http/orders,
			// examples/sdk/orders) are deployables of their own.
			name = distinctName(ms.rel, modNames[name])
		}
		mains[name] = append(mains[name], ms.main)
		claims = append(claims, claim{service: name, rel: ms.rel, rule: fmt.Sprintf("in module %s (%s/go.mod), whose only main package is %s", ms.m.Path, ms.rel, ms.main.Rel)})
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

	claims = append(claims, s.launchedServices()...)

	// Service roots named after a service: services/orders, internal/orders...
	for _, p := range s.Tree.Packages {
		if dir, ok := namedRoot(p, s.byName); ok {
			claims = append(claims, claim{service: path.Base(dir), rel: dir, rule: fmt.Sprintf("under %s/, a service folder named after the service", dir)})
		}
	}

	s.dropCompositionRoots(mains, claims)
	claims = append(claims, s.besideClaims(claims)...)
	s.assignClaims(claims)
	sort.SliceStable(s.Skipped, func(i, j int) bool { return s.Skipped[i].Rel < s.Skipped[j].Rel })
}

// usersOfSkipped maps each package of the tree to the sorted folders of
// the main packages that are not services (Skipped) and import it, directly
// or not; the mains themselves are left out.
func (s *Set) usersOfSkipped() map[string][]string {
	out := make(map[string][]string)
	for _, sk := range s.Skipped {
		for p := range s.imported([]string{sk.Path}) {
			if p != sk.Path {
				out[p] = append(out[p], sk.Rel)
			}
		}
	}
	for _, rels := range out {
		slices.Sort(rels)
	}
	return out
}

// toolSegment returns the first folder of rel named for tools, and the kind
// of tool, or "", "".
func toolSegment(rel string) (seg, kind string) {
	if rel == "." {
		return "", ""
	}
	for seg := range strings.SplitSeq(rel, "/") {
		if kind := toolFolder(seg); kind != "" {
			return seg, kind
		}
	}
	return "", ""
}

// dropCompositionRoots sets aside the main packages that import the root
// packages of two or more other services: a monolith build, or one binary
// that starts each service by subcommand, which wires services together
// rather than being one. A service left with no main package is dropped, and
// the folder it claimed with it.
//
// A service's root package is the non-main package at the top of a folder it
// owns whole (services/orders, a module's root, internal/orders): the entry
// point a module exposes to whatever wires it up. A main that imports other
// services' inner packages (their store or domain) instead is still a
// service of its own, and crossimport reports those imports.
func (s *Set) dropCompositionRoots(mains map[string][]*SourcePackage, claims []claim) {
	byRel := make(map[string]*SourcePackage)
	for _, p := range s.Tree.Packages {
		byRel[p.Rel] = p
	}
	roots := make(map[string]string) // import path → service
	for _, c := range claims {
		if c.exact != "" || c.api || s.byName[c.service] == nil {
			continue
		}
		if p := byRel[c.rel]; p != nil && !p.IsCommand() && contractName(p.Name, c.service) == "" {
			roots[p.ImportPath] = c.service // a contract at the root is no entry point
		}
	}
	for _, name := range slices.Sorted(maps.Keys(mains)) {
		var kept []*SourcePackage
		for _, p := range mains[name] {
			wired := make(map[string]bool)
			for _, imp := range p.Imports {
				if svc := roots[imp]; svc != "" && svc != name {
					wired[svc] = true
				}
			}
			if len(wired) < 2 {
				kept = append(kept, p)
				continue
			}
			names := slices.Sorted(maps.Keys(wired))
			s.skip(p, SkipCompositionRoot, fmt.Sprintf("composition root: imports the root packages of %d services (%s) and builds them into one binary, not a service of its own", len(names), strings.Join(names, ", ")))
		}
		mains[name] = kept
		if len(kept) == 0 {
			s.removeService(name)
		}
	}
}

// besideClaims claims, for each service, the folders beside one of its own
// that are named after it with a contract suffix (services/orderspb beside
// services/orders), as its api packages. A folder that holds a main package
// or that a service already claims is left alone.
func (s *Set) besideClaims(claims []claim) []claim {
	claimed := make(map[string]bool)
	for _, c := range claims {
		if c.exact == "" && s.byName[c.service] != nil {
			claimed[c.rel] = true
		}
	}
	hasMain := make(map[string]bool) // folders holding a main package, at any depth
	for _, p := range s.Tree.Packages {
		if p.IsCommand() {
			for dir := p.Rel; dir != "." && dir != "/"; dir = path.Dir(dir) {
				hasMain[dir] = true
			}
		}
	}
	names := make(map[string]*SourcePackage) // folder → its package, for its name
	for _, p := range s.Tree.Packages {
		names[p.Rel] = p
	}
	var out []claim
	seen := make(map[string]bool)
	for _, c := range claims {
		if c.exact != "" || c.rel == "." || c.rel == "" || s.byName[c.service] == nil || seen[c.service+"\x00"+c.rel] {
			continue
		}
		seen[c.service+"\x00"+c.rel] = true
		parent := path.Dir(c.rel)
		for _, p := range s.Tree.Packages {
			rest, ok := strings.CutPrefix(p.Rel, parent+"/")
			if parent == "." {
				rest, ok = p.Rel, p.Rel != "."
			}
			if !ok {
				continue
			}
			seg, _, _ := strings.Cut(rest, "/")
			dir := path.Join(parent, seg)
			if dir == c.rel || seen[dir] || claimed[dir] || hasMain[dir] {
				continue
			}
			named := seg
			suffix := contractName(seg, c.service)
			if sp := names[dir]; suffix == "" && sp != nil {
				named, suffix = "package "+sp.Name, contractName(sp.Name, c.service)
			}
			if suffix == "" {
				continue
			}
			seen[dir] = true
			out = append(out, claim{service: c.service, rel: dir, api: true,
				rule: fmt.Sprintf("api package by convention (%s, beside %s/: the name of service %s and the contract suffix %q)", quoteName(named), c.rel, c.service, suffix)})
		}
	}
	return out
}

// quoteName quotes a folder's name; a "package x" stays as it is.
func quoteName(name string) string {
	if strings.HasPrefix(name, "package ") {
		return name
	}
	return fmt.Sprintf("named %q", name)
}

// distinctName names the module in folder rel after as many of its last
// folders as tell it from the other folders of its group, joined by "-":
// http/orders and sdk/orders become http-orders and sdk-orders.
func distinctName(rel string, group []string) string {
	segs := strings.Split(rel, "/")
	for k := 2; k <= len(segs); k++ {
		suffix := strings.Join(segs[len(segs)-k:], "/")
		unique := true
		for _, o := range group {
			if o != rel && (o == suffix || strings.HasSuffix(o, "/"+suffix)) {
				unique = false
				break
			}
		}
		if unique {
			return strings.Join(segs[len(segs)-k:], "-")
		}
	}
	return strings.ReplaceAll(rel, "/", "-")
}

// launcherRoots hold service folders even when one binary launches them all.
var launcherRoots = map[string]bool{"services": true, "service": true, "svc": true, "microservices": true}

// launchedServices finds services that have no main package of their own: one
// binary that starts each by a subcommand (cmd/app geo, cmd/app rate) over
// folders services/geo, services/rate. A folder counts only when it has a
// contract of its own (an api, proto, pb... subfolder) and at least two such
// folders stand side by side, so a monolith's service layer
// (internal/services/user.go) is not mistaken for services. The binary that
// launches them is a composition root (see dropCompositionRoots).
func (s *Set) launchedServices() []claim {
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
	return claims
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

// assignClaims gives each package to the service with the deepest claim on
// it, as an api package when a convention makes it one. A main package that
// is not a service stays out of every service.
func (s *Set) assignClaims(claims []claim) {
	mains := s.mainDirs()
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
		if s.notServices[info.Path] != "" {
			continue
		}
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
		rule, api := best.rule, false
		switch below := strings.TrimPrefix(strings.TrimPrefix(info.Rel, best.rel), "/"); {
		case best.exact != "":
		case info.Command:
			if note := mainNote(info, below); note != "" {
				rule += "; " + note
			}
		case best.api:
			api = true
		default:
			if why := s.apiByConvention(info, best.service, below, mains); why != "" {
				api, rule = true, rule+"; "+why
			}
		}
		s.own(info, svc, api, rule)
	}
	s.generatedContracts(nil)
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
