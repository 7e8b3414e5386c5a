package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/types"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/rules"
)

func newServicesCmd() *cobra.Command {
	var format string
	var endpoints bool
	cmd := &cobra.Command{
		Use:   "services [packages]",
		Short: "Print the service model: services, their packages and endpoints, shared and unowned packages, and why",
		Long: `services prints what boundcheck takes the system to be: every service with
its packages, the host names the deployment gives it and the endpoints it
serves, the shared packages, the unowned packages, and for each the rule that
put it there. Package patterns, if given, narrow the listing.

Listing endpoints loads and type-checks the packages; --endpoints=false
prints the model from the file tree alone, fast.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("unknown format %q for services; use text or json", format)
			}
			wd, set, err := workdirSet()
			if err != nil {
				return err
			}
			m, err := newModelView(set, wd, args)
			if err != nil {
				return err
			}
			if endpoints {
				if err := m.addEndpoints(wd, set, args, progressOf(cmd)); err != nil {
					return err
				}
			}
			m.addDeployFiles(wd, set)
			m.addSchemaFiles(wd, set)
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				err = enc.Encode(m)
			} else {
				err = m.writeText(cmd.OutOrStdout())
			}
			if err != nil {
				return err
			}
			if m.run == nil {
				if m.deployProblems > 0 {
					return &codeError{exitError, fmt.Errorf("%d problem(s) in the deployment files; the listing covers the rest", m.deployProblems)}
				}
				return nil
			}
			// The listing holds the problems; exit as check and graph do.
			verbose, _ := cmd.Flags().GetBool("verbose")
			return runExit(cmd.ErrOrStderr(), m.run.res, m.run.problems, verbose, "the listing covers the rest")
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json")
	cmd.Flags().BoolVar(&endpoints, "endpoints", true, "load the packages and list each service's endpoints")
	return cmd
}

// modelView is the service model as `boundcheck services` shows it.
type modelView struct {
	Root     string        `json:"root"`
	Config   string        `json:"config,omitempty"`
	Services []serviceView `json:"services"`
	Shared   []packageView `json:"shared"`
	Unowned  []packageView `json:"unowned"`
	Ignored  []packageView `json:"ignored,omitempty"`
	Skipped  []skippedView `json:"skipped_mains,omitempty"`
	// NotAnalysed are the folders below with Go code that the program
	// leaves out (a go.work of their own, a module the go.work does not use).
	NotAnalysed []notAnalysedView `json:"not_analysed,omitempty"`
	Problems    []string          `json:"problems,omitempty"`
	// The compose files and manifests read for host names, from the
	// analysed folder up to the repository's top.
	DeployFiles []string `json:"deployment_files"`
	// The services' schema and migration files read for who creates a
	// table or a database ("path (service)"), and those skipped for their
	// size.
	SchemaFiles   []string `json:"schema_files"`
	SchemaSkipped []string `json:"schema_files_skipped,omitempty"`
	// Unresolved are the calls, connections and messages whose target
	// could not be resolved: "file:line: service: ? (http host from X)".
	Unresolved []string `json:"unresolved,omitempty"`
	// UnplacedSQL are the SQL statements whose database is not known (its
	// address is not resolved, or the connection is not traced and the
	// service uses several), which shareddb cannot judge, with the tables
	// each names: "file:line: service: tables".
	UnplacedSQL []string `json:"unplaced_sql,omitempty"`
	// UnplacedRedis are the Redis commands on keys whose database is not
	// known, with the key prefixes each names: "file:line: service:
	// prefixes".
	UnplacedRedis []string `json:"unplaced_redis,omitempty"`
	// ScannedSQL are the SQL statements the parser rejected, whose tables
	// were found by a keyword scan: "file:line: service: tables".
	ScannedSQL []string `json:"scanned_sql,omitempty"`
	// GuessedConsumers are the consumes whose handling reaches a
	// repeating effect only through an interface the service implements
	// more than once, or whose handler could not be told, which
	// idempotency does not judge: "file:line: service: topics: effect at
	// file:line, ...".
	GuessedConsumers []string `json:"guessed_consumers,omitempty"`

	run            *modelRun // the load behind the endpoints, nil with --endpoints=false
	deployProblems int       // problems of the deployment files read without it
}

type serviceView struct {
	Name      string         `json:"name"`
	Rule      string         `json:"rule"`
	Hosts     []string       `json:"hosts,omitempty"`
	Packages  []packageView  `json:"packages"`
	Endpoints []endpointView `json:"endpoints,omitempty"`
}

type endpointView struct {
	Endpoint string `json:"endpoint"`
	Handler  string `json:"handler,omitempty"`
	File     string `json:"file"`
	Line     int    `json:"line"`
}

// addEndpoints loads the packages and lists the endpoints each service
// serves, and the host names its deployment gives it. A load problem is
// listed with the others; the rest is still shown.
func (m *modelView) addEndpoints(wd string, set *rules.Set, patterns []string, progress driver.Progress) error {
	run, err := interactionModel(wd, set, patterns, false, progress)
	if err != nil {
		return err
	}
	model, fset := run.model, run.fset
	m.run = run
	m.Unresolved = unresolvedLines(wd, model, fset, nil)
	m.UnplacedSQL, m.UnplacedRedis, m.ScannedSQL = sqlLines(wd, model, fset)
	m.GuessedConsumers = guessedLines(wd, model, fset)
	for _, p := range run.problems {
		m.Problems = append(m.Problems, relProblem(wd, p))
	}
	for i := range m.Services {
		sv := &m.Services[i]
		for _, h := range set.DeployHosts(sv.Name) {
			if !slices.Contains(sv.Hosts, h) {
				sv.Hosts = append(sv.Hosts, h)
			}
		}
		for _, ep := range model.Endpoints {
			if ep.Service != sv.Name {
				continue
			}
			pos := fset.Position(ep.Pos)
			v := endpointView{Endpoint: ep.String(), File: relPath(wd, pos.Filename), Line: pos.Line}
			if ep.Handler != nil {
				v.Handler = handlerName(ep.Handler)
			}
			sv.Endpoints = append(sv.Endpoints, v)
		}
	}
	return nil
}

type packageView struct {
	Path   string   `json:"path"`
	Dir    string   `json:"dir"`
	Role   string   `json:"role"`
	Rule   string   `json:"rule"`
	UsedBy []string `json:"used_by,omitempty"`
}

// skippedView is a main package that is not a service: kind is "non-deployable
// folder", "tool" or "composition root", and why the rule that applied.
// notAnalysedView is a folder the program leaves out, and why.
type notAnalysedView struct {
	Dir string `json:"dir"`
	Why string `json:"why"`
}

type skippedView struct {
	Path string `json:"path"`
	Dir  string `json:"dir"`
	Kind string `json:"kind"`
	Why  string `json:"why"`
}

func newModelView(set *rules.Set, wd string, patterns []string) (*modelView, error) {
	match, err := dirMatcher(wd, patterns)
	if err != nil {
		return nil, err
	}
	dir := func(rel string) string { return relPath(wd, filepath.Join(set.Root, filepath.FromSlash(rel))) }
	m := &modelView{Root: relPath(wd, set.Root), Shared: []packageView{}, Unowned: []packageView{}, Services: []serviceView{}}
	if set.ConfigFile != "" {
		m.Config = relPath(wd, set.ConfigFile)
	}
	view := func(info *rules.PackageInfo) packageView {
		return packageView{Path: info.Path, Dir: dir(info.Rel), Role: info.Role.String(), Rule: info.Rule, UsedBy: info.UsedBy}
	}
	bySvc := make(map[string][]packageView)
	for _, info := range set.Packages {
		if !match(filepath.Join(set.Root, filepath.FromSlash(info.Rel))) {
			continue
		}
		switch info.Role {
		case rules.RoleInternal, rules.RoleAPI:
			bySvc[info.Service] = append(bySvc[info.Service], view(info))
		case rules.RoleShared:
			m.Shared = append(m.Shared, view(info))
		case rules.RoleIgnored:
			m.Ignored = append(m.Ignored, view(info))
		default:
			m.Unowned = append(m.Unowned, view(info))
		}
	}
	for _, svc := range set.Services {
		pkgs := bySvc[svc.Name]
		if pkgs == nil {
			if len(patterns) > 0 {
				continue
			}
			pkgs = []packageView{}
		}
		m.Services = append(m.Services, serviceView{Name: svc.Name, Rule: svc.Rule, Hosts: svc.Hosts, Packages: pkgs})
	}
	for _, s := range set.Skipped {
		if !match(filepath.Join(set.Root, filepath.FromSlash(s.Rel))) {
			continue
		}
		m.Skipped = append(m.Skipped, skippedView{Path: s.Path, Dir: dir(s.Rel), Kind: s.Kind, Why: s.Why})
	}
	for _, o := range set.Tree.Others {
		if match(o.Dir) || match(filepath.Join(o.Dir, "x")) {
			m.NotAnalysed = append(m.NotAnalysed, notAnalysedView{Dir: relPath(wd, o.Dir), Why: o.Why})
		}
	}
	m.Problems = set.Problems
	return m, nil
}

// dirMatcher matches package folders against go-style patterns relative to wd.
func dirMatcher(wd string, patterns []string) (func(dir string) bool, error) {
	if len(patterns) == 0 {
		return func(string) bool { return true }, nil
	}
	var ms []func(string) bool
	for _, p := range patterns {
		if !strings.HasPrefix(p, ".") {
			return nil, usageErr("services takes relative patterns such as ./... or ./services/orders/..., not %q", p)
		}
		m, err := rules.MatchDir(p)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		ms = append(ms, m)
	}
	return func(dir string) bool {
		rel, err := filepath.Rel(wd, dir)
		if err != nil {
			return false
		}
		for _, m := range ms {
			if m(filepath.ToSlash(rel)) {
				return true
			}
		}
		return false
	}, nil
}

func (m *modelView) writeText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	src := "discovered by convention (no boundcheck.yaml)"
	if m.Config != "" {
		src = "from " + m.Config
	}
	noun := "services"
	if len(m.Services) == 1 {
		noun = "service"
	}
	fmt.Fprintf(tw, "%d %s in %s, %s\n", len(m.Services), noun, m.Root, src)
	for _, s := range m.Services {
		fmt.Fprintf(tw, "\nservice %s (%s)\n", s.Name, s.Rule)
		if len(s.Hosts) > 0 {
			fmt.Fprintf(tw, "  hosts: %s\n", strings.Join(s.Hosts, ", "))
		}
		for _, p := range s.Packages {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", p.Path, p.Role, p.Rule)
		}
		if len(s.Endpoints) > 0 {
			fmt.Fprintf(tw, "  endpoints:\n")
		}
		for _, e := range s.Endpoints {
			h := e.Handler
			if h == "" {
				h = "(closure)"
			}
			fmt.Fprintf(tw, "    %s\t%s\t%s:%d\n", e.Endpoint, h, e.File, e.Line)
		}
	}
	section := func(title string, ps []packageView) {
		fmt.Fprintf(tw, "\n%s (%d)\n", title, len(ps))
		for _, p := range ps {
			fmt.Fprintf(tw, "  %s\t\t%s\n", p.Path, p.Rule)
		}
	}
	section("shared packages", m.Shared)
	// The mains that are not services have a section of their own below.
	unowned := slices.DeleteFunc(slices.Clone(m.Unowned), func(p packageView) bool {
		return slices.ContainsFunc(m.Skipped, func(s skippedView) bool { return s.Path == p.Path })
	})
	section("unowned packages", unowned)
	if len(m.Ignored) > 0 {
		section("ignored packages", m.Ignored)
	}
	if len(m.Skipped) > 0 {
		fmt.Fprintf(tw, "\nmain packages that are not services (%d)\n", len(m.Skipped))
		for _, s := range m.Skipped {
			fmt.Fprintf(tw, "  %s\t\t%s\n", s.Path, s.Why)
		}
	}
	if len(m.NotAnalysed) > 0 {
		fmt.Fprintf(tw, "\nnot analysed (%d)\n", len(m.NotAnalysed))
		for _, o := range m.NotAnalysed {
			fmt.Fprintf(tw, "  %s/\t\t%s\n", o.Dir, o.Why)
		}
	}
	m.writeDeployFiles(tw)
	list(tw, "schema and migration files read", m.SchemaFiles, true)
	list(tw, "schema files not read, larger than 4 MB", m.SchemaSkipped, false)
	list(tw, "could not resolve", m.Unresolved, false, `each drawn as a "?" node of its own service`)
	list(tw, "SQL statements on a database that could not be told", m.UnplacedSQL, false, "left out of shareddb")
	list(tw, "Redis commands on a database that could not be told", m.UnplacedRedis, false, "left out of shareddb")
	list(tw, "message consumers whose effects are reached only through an interface implemented more than once", m.GuessedConsumers, false, "left out of idempotency")
	list(tw, "SQL statements the parser rejects", m.ScannedSQL, false, "their tables found by a keyword scan")
	list(tw, "problems", m.Problems, false)
	return tw.Flush()
}

// addDeployFiles lists the compose files and manifests read, relative to
// wd and sorted, reading them when listing the endpoints did not; their
// problems are listed with the others.
func (m *modelView) addDeployFiles(wd string, set *rules.Set) {
	if set.Deploy == nil {
		for _, p := range deployDriverProblems(set.LoadDeployment()) {
			m.Problems = append(m.Problems, relProblem(wd, p))
			m.deployProblems++
		}
	}
	m.DeployFiles = []string{}
	for _, f := range set.Deploy.Files {
		abs := filepath.Join(cmp.Or(set.Dir, set.Root), filepath.FromSlash(f))
		m.DeployFiles = append(m.DeployFiles, filepath.ToSlash(relPath(wd, abs)))
	}
	slices.Sort(m.DeployFiles)
}

// addSchemaFiles lists the services' schema and migration files read,
// relative to wd, reading them when listing the endpoints did not.
func (m *modelView) addSchemaFiles(wd string, set *rules.Set) {
	if set.Schema == nil {
		for _, p := range set.LoadSchema() {
			m.Problems = append(m.Problems, relPath(wd, filepath.Join(set.Root, filepath.FromSlash(p.File)))+": "+p.Err.Error())
		}
	}
	rel := func(fs []string) []string {
		out := []string{}
		for _, f := range fs {
			path, svc, _ := strings.Cut(f, " (")
			out = append(out, filepath.ToSlash(relPath(wd, filepath.Join(set.Root, filepath.FromSlash(path))))+" ("+svc)
		}
		return out
	}
	m.SchemaFiles = rel(set.Schema.Files)
	if len(set.Schema.Skipped) > 0 {
		m.SchemaSkipped = rel(set.Schema.Skipped)
	}
}

// writeDeployFiles writes the section of the deployment files read.
func (m *modelView) writeDeployFiles(w io.Writer) {
	list(w, "deployment files read", m.DeployFiles, true)
}

// list writes a section of one line per item: the title with the count
// and a note after a comma, then the items indented. An empty section is
// written only when always.
func list(w io.Writer, title string, items []string, always bool, note ...string) {
	if len(items) == 0 && !always {
		return
	}
	fmt.Fprintf(w, "\n%s (%d)", title, len(items))
	for _, n := range note {
		fmt.Fprintf(w, ", %s", n)
	}
	fmt.Fprintln(w)
	for _, it := range items {
		fmt.Fprintf(w, "  %s\n", it)
	}
}

// handlerName names a handler by its package's name, not its path:
// (*handler.Handler).reserve.
func handlerName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || fn.Pkg() == nil {
		return fn.Name()
	}
	if sig.Recv() == nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	recv := types.TypeString(sig.Recv().Type(), func(p *types.Package) string { return p.Name() })
	return "(" + recv + ")." + fn.Name()
}
