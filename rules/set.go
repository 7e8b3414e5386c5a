package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/deploy"
	"github.com/boundcheck/boundcheck/rules/history"
	"github.com/boundcheck/boundcheck/rules/schema"
	"github.com/boundcheck/boundcheck/rules/tree"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Role says what a package is to the service model.
type Role uint8

const (
	RoleExternal Role = iota // not in the analysed tree: standard library, third-party modules
	RoleInternal             // part of a service, for that service only
	RoleAPI                  // a service's contract, importable by other services
	RoleShared               // a library several services may import
	RoleUnowned              // in the tree, owned by no service, imported by fewer than two
	RoleIgnored              // excluded by the config's ignore list
)

func (r Role) String() string {
	switch r {
	case RoleInternal:
		return "internal"
	case RoleAPI:
		return "api"
	case RoleShared:
		return "shared"
	case RoleUnowned:
		return "unowned"
	case RoleIgnored:
		return "ignored"
	}
	return "external"
}

// A PackageInfo places one package of the tree in the service model.
type PackageInfo struct {
	Path    string
	Rel     string // directory relative to the set's root
	Service string // owning service, "" for shared, unowned and ignored packages
	Role    Role
	Rule    string   // why the package got its place, for `boundcheck services`
	UsedBy  []string // services whose programs import it, directly or not (shared and unowned)
	Command bool     // a main package
}

// A Service is one deployable and the packages that belong to it.
type Service struct {
	Name     string
	Rule     string   // why it is a service
	Mains    []string // import paths of its main packages
	Packages []string // every package it owns, api packages included, sorted
	API      []string // its api packages, sorted
	Hosts    []string // names it is reached by
	Owns     config.Owns
	Group    string // the config's group for drawing, "" when none
	// Launch is what starts a service that has no main package of its
	// own: the subcommand of a launcher binary that runs it; nil when
	// unknown.
	Launch *Launch
}

// A Launch is a subcommand that starts a service: the function it runs,
// a function literal at File:Line:Col or the function Func, in package Pkg.
type Launch struct {
	Pkg, File string // import path; absolute file name
	Line, Col int    // of the function literal; 0 when Func is set
	Func      string
}

// A Set is the compiled rule set: the service model of a tree, the checks'
// settings, and a hash that changes whenever either does.
type Set struct {
	Root       string         // absolute directory discovery started from
	Dir        string         // absolute directory the run started in; deployment paths are shown relative to it ("" means Root)
	ConfigFile string         // absolute path of the config file, "" when discovered
	Config     *config.Config // nil when discovered
	Tree       *tree.Tree
	Services   []*Service // sorted by name
	Packages   []*PackageInfo
	Skipped    []Skipped          // main packages that were not made services, and why
	Problems   []string           // notes on the tree that did not stop discovery
	Deploy     *deploy.Deployment // what the compose files and manifests say; nil until LoadDeployment
	Schema     *schema.Schema     // what the services' schema and migration files create; nil until LoadSchema
	// History is the repository's history, for the checks that read it;
	// nil until LoadHistory, or when it could not be read.
	History *history.History

	disabled map[string]bool           // checks the config turns off
	settings map[string]map[string]any // the config's check settings (RulesConfig.Settings)
	runnerCache
	notServices map[string]string // main packages that are not services (Skipped), and why
	byPath      map[string]*PackageInfo
	byName      map[string]*Service
	hash        string
}

// A Skipped main package, with the reason.
type Skipped struct {
	Path, Rel string
	Kind      string // SkipNonDeployable, SkipTool or SkipCompositionRoot
	Why       string // the rule that applied, for `boundcheck services`
}

// Lookup returns the place of the package with the given import path; nil when
// the package is not in the tree.
func (s *Set) Lookup(importPath string) *PackageInfo { return s.byPath[importPath] }

// Service returns the service with the given name, or nil.
func (s *Set) Service(name string) *Service { return s.byName[name] }

// Enabled reports whether the config leaves the named check on.
func (s *Set) Enabled(name string) bool { return !s.disabled[name] }

// Hash identifies the set's content: the config file and the service model.
// go vet keys its cache on it, so a changed config or layout is never served
// stale results.
func (s *Set) Hash() string { return s.hash }

// Load finds the config and the tree for a run started in dir and compiles
// them; checks are the checks the config's rules section may name. A config
// error is returned as ConfigErrors.
func Load(dir string, checks []config.CheckSpec) (*Set, error) { return LoadSession(dir, "", checks) }

// LoadSession is Load for one process of a session that holds the tree
// still (see ScanTreeCached).
func LoadSession(dir, session string, checks []config.CheckSpec) (*Set, error) {
	root, work, err := tree.FindRoot(dir)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cfgPath, err := config.FindConfig(abs, root)
	if err != nil {
		return nil, err
	}
	var cfg *config.Config
	var cfgErrs config.ConfigErrors
	if cfgPath != "" {
		data, err := os.ReadFile(cfgPath)
		if err != nil {
			return nil, fmt.Errorf("reading config: %w", err)
		}
		cfg, cfgErrs = config.DecodePartial(cfgPath, data, checks)
		if len(cfgErrs) == 0 && len(cfg.Services) == 0 {
			return nil, config.ConfigErrors{config.NoServices(cfgPath, data)}
		}
	}
	src, err := tree.ScanTreeCached(root, work, session)
	if err != nil {
		return nil, fmt.Errorf("reading the source src: %w", err)
	}
	set, err := Compile(src, cfg)
	if set != nil {
		set.Dir = abs
	}
	if len(cfgErrs) > 0 {
		// Report the patterns of the decodable part that match nothing
		// with the decoding problems, so that one run shows every error.
		var more config.ConfigErrors
		if errors.As(err, &more) {
			cfgErrs = append(cfgErrs, more...)
			config.SortConfigErrors(cfgErrs)
		}
		return nil, cfgErrs
	}
	return set, err
}

// Compile builds the service model of the source tree src, from cfg when it is not nil and by
// convention otherwise.
func Compile(src *tree.Tree, cfg *config.Config) (*Set, error) {
	s := &Set{
		Root:        src.Root,
		Tree:        src,
		Config:      cfg,
		byPath:      make(map[string]*PackageInfo),
		byName:      make(map[string]*Service),
		notServices: make(map[string]string),
	}
	for _, e := range src.Problems {
		s.Problems = append(s.Problems, e.Error())
	}
	for _, p := range src.Packages {
		info := &PackageInfo{Path: p.ImportPath, Rel: p.Rel, Command: p.IsCommand()}
		s.Packages = append(s.Packages, info)
		s.byPath[p.ImportPath] = info
	}
	var err error
	if cfg != nil {
		if abs, aerr := filepath.Abs(cfg.File); aerr == nil {
			s.ConfigFile = abs
		}
		s.disabled = cfg.Rules.Disabled
		s.settings = cfg.Rules.Settings
		err = s.applyConfig(cfg)
	} else {
		s.discover()
	}
	if err != nil {
		return nil, err
	}
	s.classifyUnowned()
	for _, svc := range s.Services {
		sort.Strings(svc.Packages)
		sort.Strings(svc.API)
		sort.Strings(svc.Mains)
	}
	s.hash = s.computeHash()
	return s, nil
}

func (s *Set) addService(name, rule string) *Service {
	if svc := s.byName[name]; svc != nil {
		return svc
	}
	svc := &Service{Name: name, Rule: rule}
	s.byName[name] = svc
	s.Services = append(s.Services, svc)
	sort.Slice(s.Services, func(i, j int) bool { return s.Services[i].Name < s.Services[j].Name })
	return svc
}

// own gives a package to a service.
func (s *Set) own(info *PackageInfo, svc *Service, api bool, rule string) {
	info.Service = svc.Name
	info.Role = RoleInternal
	if api {
		info.Role = RoleAPI
		svc.API = append(svc.API, info.Path)
	}
	info.Rule = rule
	svc.Packages = append(svc.Packages, info.Path)
	if info.Command {
		svc.Mains = append(svc.Mains, info.Path)
	}
}

// classifyUnowned splits the packages no service owns into shared ones
// (linked into two or more services) and unowned ones.
func (s *Set) classifyUnowned() {
	users := s.usersOf()
	tools := s.usersOfSkipped()
	for _, info := range s.Packages {
		if info.Role != RoleExternal && info.Role != RoleShared {
			continue
		}
		info.UsedBy = users[info.Path]
		switch {
		case info.Role == RoleShared:
			// declared shared by the config
		case s.notServices[info.Path] != "":
			info.Role = RoleUnowned
			info.Rule = s.notServices[info.Path]
		case len(info.UsedBy) >= 2:
			info.Role = RoleShared
			info.Rule = fmt.Sprintf("imported by %d services (%s) and owned by none", len(info.UsedBy), strings.Join(info.UsedBy, ", "))
		case len(info.UsedBy) == 1:
			info.Role = RoleUnowned
			info.Rule = "imported only by service " + info.UsedBy[0] + ", owned by none"
		case len(tools[info.Path]) > 0:
			info.Role = RoleUnowned
			info.Rule = fmt.Sprintf("imported by no service, only by main package %s, which is not one", strings.Join(tools[info.Path], ", "))
		default:
			info.Role = RoleUnowned
			info.Rule = "imported by no service"
		}
	}
}

// imported returns the packages of the tree that roots are or import,
// directly or through other packages of the tree (test files aside).
func (s *Set) imported(roots []string) map[string]bool {
	seen := make(map[string]bool)
	var visit func(path string)
	visit = func(path string) {
		sp := s.Tree.Package(path)
		if sp == nil || seen[path] {
			return
		}
		seen[path] = true
		for _, imp := range sp.Imports {
			visit(imp)
		}
	}
	for _, p := range roots {
		visit(p)
	}
	return seen
}

// usersOf maps each package of the tree to the sorted services whose packages
// import it directly or through other packages of the tree (test files aside).
func (s *Set) usersOf() map[string][]string {
	users := make(map[string]map[string]bool)
	for _, svc := range s.Services {
		for path := range s.imported(svc.Packages) {
			if users[path] == nil {
				users[path] = make(map[string]bool)
			}
			users[path][svc.Name] = true
		}
	}
	out := make(map[string][]string, len(users))
	for path, set := range users {
		for name := range set {
			if info := s.byPath[path]; info != nil && info.Service == name {
				continue
			}
			out[path] = append(out[path], name)
		}
		sort.Strings(out[path])
	}
	return out
}

func (s *Set) computeHash() string {
	h := sha256.New()
	if s.Config != nil {
		if data, err := os.ReadFile(s.Config.File); err == nil {
			h.Write(data)
		}
	}
	for _, info := range s.Packages {
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00%s\n", info.Path, info.Service, info.Role, strings.Join(info.UsedBy, ","))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Empty returns a set with no services, for listing the analyzers.
func Empty() *Set {
	s, _ := Compile(&tree.Tree{}, nil)
	return s
}
