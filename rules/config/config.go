// Package config reads boundcheck's config file (boundcheck.yaml): it finds
// the file (FindConfig), decodes and validates it into a Config, reporting
// every problem with its position (ConfigErrors), and holds the description
// of the settings a check accepts (CheckSpec, Setting), which the registry
// of checks hands to the decoder. It knows nothing of the source tree: package
// rules compiles a Config and a tree.Tree into the service model.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Pos is a position in the config file.
type Pos struct {
	File      string
	Line, Col int
}

// String returns "file:line:col", "file:line" when the column is unknown,
// and "file" alone when the line is unknown.
func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// ConfigError is one problem in a config file.
type ConfigError struct {
	Pos Pos
	Msg string
}

func (e *ConfigError) Error() string { return e.Pos.String() + ": " + e.Msg }

// ConfigErrors is every problem found, sorted by position.
type ConfigErrors []*ConfigError

// Error returns the errors joined with "\n".
func (e ConfigErrors) Error() string {
	lines := make([]string, len(e))
	for i, err := range e {
		lines[i] = err.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the errors, so that errors.As finds a *ConfigError.
func (e ConfigErrors) Unwrap() []error {
	errs := make([]error, len(e))
	for i, err := range e {
		errs[i] = err
	}
	return errs
}

// Pattern is a package pattern as written in the config (relative to the
// config file's directory), with its position.
type Pattern struct {
	Text string
	Pos  Pos
}

// Config is a decoded and validated config file.
type Config struct {
	File     string // path to the config file as given to DecodeConfig
	Version  int
	Services []*ServiceConfig // in file order
	Shared   []Pattern
	Ignore   []Pattern
	Rules    RulesConfig
}

// ServiceConfig is one entry of the config's services mapping.
type ServiceConfig struct {
	Name     string
	Pos      Pos // position of the service's key
	Packages []Pattern
	API      []Pattern
	Hosts    []string
	Owns     Owns
	Group    string // the cluster graph draws it in
}

// Owns lists the datastores that a service owns.
type Owns struct {
	Databases, Tables, Collections []string
}

// RulesConfig is the config's rules section.
type RulesConfig struct {
	// Disabled maps check name to true when the config disables it
	// ("rules: {notimeout: {enabled: false}}"); absent means enabled.
	// It is nil when no check is disabled.
	Disabled map[string]bool
	// Settings maps check name to the settings the config gives it, by
	// setting name; a setting the config leaves out is absent. It is nil
	// when the config sets none.
	Settings map[string]map[string]any
}

// ConfigNames are the file names looked for, in order.
var ConfigNames = []string{"boundcheck.yaml", ".boundcheck.yaml"}

// cfgVersion is the only config version this boundcheck reads.
const cfgVersion = 1

// Valid keys, in the order the error messages list them.
var (
	cfgTopKeys     = []string{"version", "services", "shared", "ignore", "rules"}
	cfgServiceKeys = []string{"packages", "api", "hosts", "owns", "group"}
	cfgOwnsKeys    = []string{"databases", "tables", "collections"}
)

var cfgServiceName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// DecodeConfig parses and validates the config file content; checks are the
// checks its rules section may name. file is used in positions only. When
// the content has problems, the error is a ConfigErrors holding all of them,
// sorted by position.
func DecodeConfig(file string, data []byte, checks []CheckSpec) (*Config, error) {
	cfg, errs := DecodePartial(file, data, checks)
	if len(errs) > 0 {
		return nil, errs
	}
	return cfg, nil
}

// DecodePartial is DecodeConfig that also returns what it could decode when
// there are problems, so that rules.Load can report the patterns that match
// no package along with them.
func DecodePartial(file string, data []byte, checks []CheckSpec) (*Config, ConfigErrors) {
	d := &cfgDecoder{file: file, checks: checks}
	cfg := &Config{
		File:    file,
		Version: cfgVersion,
	}
	if root := d.parse(data); root != nil {
		d.config(cfg, root)
	}
	SortConfigErrors(d.errs)
	return cfg, d.errs
}

// SortConfigErrors sorts errs by position, keeping the order of errors at
// the same position.
func SortConfigErrors(errs ConfigErrors) {
	slices.SortStableFunc(errs, func(a, b *ConfigError) int {
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
}

// NoServices is the error of a config file that lists no services: with a
// config, its services are the truth, so an empty file (made by `touch`, or
// holding only comments or settings) would mean that no package belongs to
// any service and every check passes.
func NoServices(file string, data []byte) *ConfigError {
	what := "lists no services"
	if root := (&cfgDecoder{file: file}).parse(data); root == nil || cfgIsNull(cfgResolve(root)) {
		what = "is empty"
	}
	return &ConfigError{
		Pos: Pos{File: file, Line: 1, Col: 1},
		Msg: fmt.Sprintf("%s %s, which would mean that no package belongs to a service and every check passes; delete it to discover the services by convention (boundcheck services shows them), or list them under services:", filepath.Base(file), what),
	}
}

// LoadConfig reads the file and calls DecodeConfig.
func LoadConfig(file string, checks []CheckSpec) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	return DecodeConfig(file, data, checks)
}

// FindConfig walks up from dir to stop (inclusive; stop is an ancestor of dir
// or dir itself) and returns the first existing config file path, or "" if
// none. The path is absolute when dir or stop is relative. If one directory
// holds both names, that is an error naming both files.
func FindConfig(dir, stop string) (string, error) {
	if !filepath.IsAbs(dir) || !filepath.IsAbs(stop) {
		var err error
		if dir, err = filepath.Abs(dir); err != nil {
			return "", fmt.Errorf("finding config: %w", err)
		}
		if stop, err = filepath.Abs(stop); err != nil {
			return "", fmt.Errorf("finding config: %w", err)
		}
	}
	dir, stop = filepath.Clean(dir), filepath.Clean(stop)
	if rel, err := filepath.Rel(stop, dir); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("finding config: %s is not inside %s", dir, stop)
	}
	for {
		var found []string
		for _, name := range ConfigNames {
			p := filepath.Join(dir, name)
			info, err := os.Stat(p)
			switch {
			case errors.Is(err, fs.ErrNotExist):
			case err != nil:
				return "", fmt.Errorf("finding config: %w", err)
			case info.Mode().IsRegular():
				found = append(found, p)
			}
		}
		switch len(found) {
		case 0:
		case 1:
			return found[0], nil
		default:
			return "", fmt.Errorf("found both %s and %s; keep one of them", found[0], found[1])
		}
		if dir == stop {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// cfgDecoder turns the YAML node tree of a config file into a Config,
// collecting every problem it finds.
type cfgDecoder struct {
	file   string
	checks []CheckSpec // the checks the rules section may name
	errs   ConfigErrors
	// claims maps "host:NAME", "table:NAME" etc. to the service that
	// claimed it first.
	claims map[string]cfgClaim
}

// cfgClaim is a host or datastore claimed by a service.
type cfgClaim struct {
	service string
	line    int
	name    bool // the host is the service's own name
}

// cfgEntry is one key: value pair of a YAML mapping.
type cfgEntry struct {
	name     string
	key, val *yaml.Node
}

// pos returns the position of n.
func (d *cfgDecoder) pos(n *yaml.Node) Pos {
	return Pos{File: d.file, Line: n.Line, Col: n.Column}
}

// errorf records a problem at n.
func (d *cfgDecoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errAt(d.pos(n), format, args...)
}

// errAt records a problem at p.
func (d *cfgDecoder) errAt(p Pos, format string, args ...any) {
	d.errs = append(d.errs, &ConfigError{Pos: p, Msg: fmt.Sprintf(format, args...)})
}

// parse parses data as one YAML document and returns its root node, or nil
// when the file is empty, holds only comments or cannot be parsed.
func (d *cfgDecoder) parse(data []byte) *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err != io.EOF {
			d.syntaxError(data, err)
		}
		return nil
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == io.EOF:
	case err != nil:
		d.syntaxError(data, err)
		return nil
	default:
		d.errorf(&next, "config file holds more than one yaml document; keep one")
	}
	if len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

var cfgYAMLLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// cfgParserProblems are the messages of yaml.v3's parser (as opposed to its
// scanner). For these, yaml.v3 prints the line counted from 0.
var cfgParserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// SyntaxErrors returns the problems of a yaml.v3 parse error err in file, the
// way the config decoder reports its own (see syntaxError), for the other
// YAML files boundcheck reads (package deploy).
func SyntaxErrors(file string, data []byte, err error) ConfigErrors {
	d := &cfgDecoder{file: file}
	d.syntaxError(data, err)
	return d.errs
}

// ParserProblem reports whether msg is a message of yaml's parser (as
// opposed to its scanner), for which yaml.v3 counts lines from 0.
func ParserProblem(msg string) bool { return cfgParserProblems[msg] }

// syntaxError records a yaml.v3 parse error. yaml.v3 gives only a line,
// counted from 0 for parser errors, and omits it when it is the first line
// and for bad characters.
func (d *cfgDecoder) syntaxError(data []byte, err error) {
	msg := err.Error()
	if m := cfgYAMLLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		if cfgParserProblems[m[2]] {
			line++
		}
		d.errAt(Pos{File: d.file, Line: line}, "yaml syntax error: %s", m[2])
		return
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	p := Pos{File: d.file}
	switch {
	case strings.Contains(msg, "UTF-8") || strings.Contains(msg, "control characters") || strings.Contains(msg, "Unicode"):
		p.Line, p.Col = cfgBadChar(data)
	case strings.Contains(msg, "anchor") || strings.Contains(msg, "alias"):
		// Composer errors carry no position.
	default:
		// Scanner and parser errors on the first line come without one.
		p.Line = 1
	}
	d.errAt(p, "yaml syntax error: %s", msg)
}

// cfgBadChar returns the line and column of the first byte of data that YAML
// does not accept (invalid UTF-8 or a control character), or 0, 0.
func cfgBadChar(data []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		bad := r == utf8.RuneError && size <= 1 ||
			r < 0x20 && r != '\t' && r != '\n' && r != '\r' ||
			r >= 0x7f && r <= 0x9f && r != 0x85 ||
			r == 0xfffe || r == 0xffff
		if bad {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return 0, 0
}

// config decodes the top-level mapping into cfg.
func (d *cfgDecoder) config(cfg *Config, root *yaml.Node) {
	root = cfgResolve(root)
	if cfgIsNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		d.errorf(root, "config: expected a mapping with keys %s, found %s", strings.Join(cfgTopKeys, ", "), Describe(root))
		return
	}
	for _, e := range d.entries(root, "config", nil) {
		switch e.name {
		case "version":
			d.version(e.val)
		case "services":
			cfg.Services = d.services(e.val)
		case "shared":
			cfg.Shared = d.patterns(e.val, "shared")
		case "ignore":
			cfg.Ignore = d.patterns(e.val, "ignore")
		case "rules":
			d.rules(&cfg.Rules, e.val)
		default:
			d.unknownKey(e.key, "config", cfgTopKeys)
		}
	}
}

// version checks that the version is the one this boundcheck reads.
func (d *cfgDecoder) version(n *yaml.Node) {
	v, ok := d.integer(n, "version", "1")
	if ok && v != cfgVersion {
		d.errorf(n, "version: unsupported version %d; this boundcheck reads version %d", v, cfgVersion)
	}
}

// services decodes the services mapping, in file order.
func (d *cfgDecoder) services(n *yaml.Node) []*ServiceConfig {
	if !d.mapping(n, "services", "a mapping from service name to service") {
		return nil
	}
	dup := func(e, first cfgEntry) {
		d.errorf(e.key, "service %q listed twice; first at line %d", e.name, first.key.Line)
	}
	entries := d.entries(n, "services", dup)
	d.claims = make(map[string]cfgClaim)
	for _, e := range entries {
		d.claims["host:"+e.name] = cfgClaim{service: e.name, line: e.key.Line, name: true}
	}
	var svcs []*ServiceConfig
	for _, e := range entries {
		if !cfgServiceName.MatchString(e.name) {
			d.errorf(e.key, "invalid service name %q; use letters, digits, '.', '_' and '-', starting with a letter or digit", e.name)
		}
		svcs = append(svcs, d.service(e))
	}
	return svcs
}

// service decodes one entry of the services mapping.
func (d *cfgDecoder) service(e cfgEntry) *ServiceConfig {
	svc := &ServiceConfig{Name: e.name, Pos: d.pos(e.key)}
	where := "services." + e.name
	var packages *yaml.Node
	isMap := d.mapping(e.val, where, "a mapping with keys "+strings.Join(cfgServiceKeys, ", "))
	if !isMap && !cfgIsNull(cfgResolve(e.val)) {
		return svc // reported by mapping
	}
	if isMap {
		for _, f := range d.entries(e.val, where, nil) {
			switch f.name {
			case "packages":
				packages = f.val
				svc.Packages = d.patterns(f.val, where+".packages")
			case "api":
				svc.API = d.patterns(f.val, where+".api")
			case "hosts":
				svc.Hosts = d.names(f.val, where+".hosts", "host", e.name)
			case "owns":
				svc.Owns = d.owns(f.val, where+".owns", e.name)
			case "group":
				svc.Group = d.str(f.val, where+".group")
			default:
				d.unknownKey(f.key, where, cfgServiceKeys)
			}
		}
	}
	example := fmt.Sprintf(`packages: ["./services/%s/..."]`, e.name)
	switch {
	case packages == nil:
		d.errorf(e.key, "%s: missing packages; list the service's package patterns, e.g. %s", where, example)
	case cfgIsEmpty(packages):
		d.errorf(packages, "%s.packages: no package patterns; list at least one, e.g. %s", where, example)
	}
	return svc
}

// owns decodes a service's owns mapping.
func (d *cfgDecoder) owns(n *yaml.Node, where, svc string) Owns {
	var o Owns
	if !d.mapping(n, where, "a mapping with keys "+strings.Join(cfgOwnsKeys, ", ")) {
		return o
	}
	for _, e := range d.entries(n, where, nil) {
		switch e.name {
		case "databases":
			o.Databases = d.names(e.val, where+".databases", "database", svc)
		case "tables":
			o.Tables = d.names(e.val, where+".tables", "table", svc)
		case "collections":
			o.Collections = d.names(e.val, where+".collections", "collection", svc)
		default:
			d.unknownKey(e.key, where, cfgOwnsKeys)
		}
	}
	return o
}

// rules decodes the rules mapping into rc.
func (d *cfgDecoder) rules(rc *RulesConfig, n *yaml.Node) {
	if !d.mapping(n, "rules", "a mapping from analyzer name to its settings") {
		return
	}
	names := make([]string, 0, len(d.checks))
	for _, c := range d.checks {
		names = append(names, c.Name)
	}
	slices.Sort(names)
	for _, e := range d.entries(n, "rules", nil) {
		i := slices.IndexFunc(d.checks, func(c CheckSpec) bool { return c.Name == e.name })
		if i < 0 {
			d.errorf(e.key, "unknown analyzer %q in rules; valid analyzers: %s", e.name, strings.Join(names, ", "))
			continue
		}
		spec := d.checks[i]
		keys := []string{"enabled"}
		for _, st := range spec.Settings {
			keys = append(keys, st.Name)
		}
		where := "rules." + e.name
		val := cfgResolve(e.val)
		if val.Kind == yaml.ScalarNode && val.ShortTag() == "!!bool" {
			d.errorf(val, "%s: expected a mapping, found a boolean; write %s: {enabled: %s}", where, e.name, val.Value)
			continue
		}
		if !d.mapping(val, where, "a mapping with keys "+strings.Join(keys, ", ")) {
			continue
		}
		for _, f := range d.entries(val, where, nil) {
			if f.name == "enabled" {
				if enabled, ok := d.boolean(f.val, where+".enabled"); ok && !enabled {
					if rc.Disabled == nil {
						rc.Disabled = make(map[string]bool)
					}
					rc.Disabled[e.name] = true
				}
				continue
			}
			i := slices.IndexFunc(spec.Settings, func(st *Setting) bool { return st.Name == f.name })
			if i < 0 {
				d.unknownKey(f.key, where, keys)
				continue
			}
			if v, ok := d.setting(f.val, where+"."+f.name, spec.Settings[i]); ok {
				if rc.Settings == nil {
					rc.Settings = make(map[string]map[string]any)
				}
				if rc.Settings[e.name] == nil {
					rc.Settings[e.name] = make(map[string]any)
				}
				rc.Settings[e.name][f.name] = v
			}
		}
	}
}

// setting decodes the value of st at n.
func (d *cfgDecoder) setting(n *yaml.Node, where string, st *Setting) (any, bool) {
	switch st.Kind {
	case BoolSetting:
		return d.boolean(n, where)
	case StringSetting:
		v := d.str(n, where)
		if v != "" && st.Check != nil {
			if err := st.Check(v); err != nil {
				d.errorf(n, "%s: %v", where, err)
				return nil, false
			}
		}
		return v, v != ""
	}
	v, ok := d.integer(n, where, "an integer")
	if ok && v < st.Min {
		d.errorf(n, "%s: must be at least %d, found %d", where, st.Min, v)
		return nil, false
	}
	return v, ok
}

// claim records that service svc claims the host or datastore name of the
// given kind at n, and reports it when another service, or the same list,
// claimed it before.
func (d *cfgDecoder) claim(n *yaml.Node, where, kind, name, svc string) {
	key := kind + ":" + name
	first, seen := d.claims[key]
	switch {
	case !seen:
		d.claims[key] = cfgClaim{service: svc, line: n.Line}
	case first.name && first.service == svc:
		// A service may list its own name as a host.
	case first.name:
		d.errorf(n, "%s: host %q is the name of service %s; a host reaches one service", where, name, first.service)
	case first.service == svc:
		d.errorf(n, "%s: %s %q listed twice; first at line %d", where, kind, name, first.line)
	case kind == "host":
		d.errorf(n, "%s: host %q is also a host of service %s at line %d; a host reaches one service", where, name, first.service, first.line)
	default:
		d.errorf(n, "%s: %s %q is also owned by service %s at line %d; a datastore has one owner", where, kind, name, first.service, first.line)
	}
}

// entries returns the key: value pairs of mapping n in file order. It reports
// keys that are not strings and keys given twice, and leaves both out; dup,
// when not nil, reports a repeated key instead of the generic message.
func (d *cfgDecoder) entries(n *yaml.Node, where string, dup func(e, first cfgEntry)) []cfgEntry {
	n = cfgResolve(n)
	var out []cfgEntry
	seen := make(map[string]cfgEntry)
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := cfgResolve(n.Content[i])
		e := cfgEntry{name: key.Value, key: n.Content[i], val: n.Content[i+1]}
		if key.Kind != yaml.ScalarNode {
			d.errorf(e.key, "%s: expected a string key, found %s", where, Describe(key))
			continue
		}
		if first, ok := seen[e.name]; ok {
			if dup != nil {
				dup(e, first)
			} else {
				d.errorf(e.key, "duplicate key %q in %s; first at line %d", e.name, where, first.key.Line)
			}
			continue
		}
		seen[e.name] = e
		out = append(out, e)
	}
	return out
}

// unknownKey reports key, which is not one of valid.
func (d *cfgDecoder) unknownKey(key *yaml.Node, where string, valid []string) {
	d.errorf(key, "unknown key %q in %s; valid keys: %s", cfgResolve(key).Value, where, strings.Join(valid, ", "))
}

// mapping reports whether n is a mapping with entries to decode. A null n is
// an empty mapping; any other kind of node is reported as not being want.
func (d *cfgDecoder) mapping(n *yaml.Node, where, want string) bool {
	n = cfgResolve(n)
	switch {
	case n.Kind == yaml.MappingNode:
		return true
	case !cfgIsNull(n):
		d.errorf(n, "%s: expected %s, found %s", where, want, Describe(n))
	}
	return false
}

// cfgItem is one string of a list, with its index in the list.
type cfgItem struct {
	index int
	node  *yaml.Node
}

// stringList decodes a list of strings, reporting items that are not strings
// and returning those that are. A null n is an empty list.
func (d *cfgDecoder) stringList(n *yaml.Node, where string) []cfgItem {
	n = cfgResolve(n)
	if cfgIsNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s: expected a list of strings, found %s", where, Describe(n))
		return nil
	}
	var items []cfgItem
	for i, item := range n.Content {
		item = cfgResolve(item)
		if item.Kind != yaml.ScalarNode || cfgIsNull(item) {
			d.errorf(item, "%s[%d]: expected a string, found %s", where, i, Describe(item))
			continue
		}
		items = append(items, cfgItem{index: i, node: item})
	}
	return items
}

// patterns decodes a list of package patterns, reporting invalid ones.
func (d *cfgDecoder) patterns(n *yaml.Node, where string) []Pattern {
	var out []Pattern
	for _, item := range d.stringList(n, where) {
		if problem := cfgCheckPattern(item.node.Value); problem != "" {
			d.errorf(item.node, "%s[%d]: %s", where, item.index, problem)
			continue
		}
		out = append(out, Pattern{Text: item.node.Value, Pos: d.pos(item.node)})
	}
	return out
}

// names decodes a list of host or datastore names claimed by service svc.
func (d *cfgDecoder) names(n *yaml.Node, where, kind, svc string) []string {
	var out []string
	for _, item := range d.stringList(n, where) {
		at := fmt.Sprintf("%s[%d]", where, item.index)
		name := item.node.Value
		if name == "" {
			d.errorf(item.node, "%s: empty %s name", at, kind)
			continue
		}
		d.claim(item.node, at, kind, name, svc)
		out = append(out, name)
	}
	return out
}

// str decodes a non-empty string.
func (d *cfgDecoder) str(n *yaml.Node, where string) string {
	n = cfgResolve(n)
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" || n.Value == "" {
		d.errorf(n, "%s: expected a non-empty string, found %s", where, Describe(n))
		return ""
	}
	return n.Value
}

// integer decodes an integer, reporting any other value as not being want.
func (d *cfgDecoder) integer(n *yaml.Node, where, want string) (int, bool) {
	n = cfgResolve(n)
	var v int
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		d.errorf(n, "%s: expected %s, found %s", where, want, Describe(n))
		return 0, false
	}
	if err := n.Decode(&v); err != nil {
		d.errorf(n, "%s: expected %s, found %s, which is out of range", where, want, n.Value)
		return 0, false
	}
	return v, true
}

// boolean decodes true or false.
func (d *cfgDecoder) boolean(n *yaml.Node, where string) (bool, bool) {
	n = cfgResolve(n)
	var v bool
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&v) != nil {
		d.errorf(n, "%s: expected true or false, found %s", where, Describe(n))
		return false, false
	}
	return v, true
}

// cfgCheckPattern returns what is wrong with package pattern p, or "".
// A pattern is "." or starts with "./", is clean, stays inside the config
// file's directory, and may end in "/...".
func cfgCheckPattern(p string) string {
	switch {
	case p == "":
		return "empty pattern; write \".\" for the config file's directory"
	case strings.Contains(p, `\`):
		return fmt.Sprintf("pattern %q contains a backslash; separate path elements with \"/\"", p)
	case strings.HasPrefix(p, "/") || len(p) >= 2 && p[1] == ':' && ('a' <= p[0]|32 && p[0]|32 <= 'z'):
		return fmt.Sprintf("pattern %q is absolute; write it relative to the config file's directory, starting with \"./\"", p)
	}
	if p == "..." {
		return `pattern "..." must start with "./"; write "./..."`
	}
	base, wild := strings.CutSuffix(p, "/...")
	for _, elem := range strings.Split(base, "/") {
		if elem == ".." {
			return fmt.Sprintf("pattern %q leaves the config file's directory; patterns cover the config file's directory and below", p)
		}
	}
	if strings.Contains(base, "...") {
		return fmt.Sprintf("pattern %q has \"...\" in the middle; \"...\" is allowed only as a final \"/...\"", p)
	}
	clean := path.Clean(base)
	if clean != "." {
		clean = "./" + clean
	}
	if wild {
		clean += "/..."
	}
	switch {
	case base != "." && !strings.HasPrefix(base, "./"):
		return fmt.Sprintf("pattern %q must start with \"./\"; write %q", p, clean)
	case clean != p:
		return fmt.Sprintf("pattern %q is not clean; write %q", p, clean)
	}
	return ""
}

// cfgResolve follows aliases to the node they stand for.
func cfgResolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// cfgIsNull reports whether n is null: "~", "null" or nothing at all.
func cfgIsNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// cfgIsEmpty reports whether n is null or an empty list.
func cfgIsEmpty(n *yaml.Node) bool {
	n = cfgResolve(n)
	return cfgIsNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0
}

// Describe names the kind of value n holds, for "found ..." in messages.
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str":
			return "a string"
		case "!!int":
			return "an integer"
		case "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		case "!!null":
			return "nothing"
		case "!!timestamp":
			return "a timestamp"
		case "!!binary":
			return "binary data"
		}
		return "a value tagged " + n.Tag
	}
	return "an unknown yaml node"
}

// ConfigErrorText returns err's config errors, one per line, with the config
// file named relative to the working directory wd, and whether err holds any.
func ConfigErrorText(err error, wd string) (string, bool) {
	var list ConfigErrors
	if !errors.As(err, &list) {
		var one *ConfigError
		if !errors.As(err, &one) {
			return "", false
		}
		list = ConfigErrors{one}
	}
	lines := make([]string, len(list))
	for i, e := range list {
		e2 := *e
		if rel, rerr := filepath.Rel(wd, e.Pos.File); rerr == nil && filepath.IsAbs(e.Pos.File) {
			e2.Pos.File = filepath.ToSlash(rel)
		}
		lines[i] = e2.Error()
	}
	return strings.Join(lines, "\n"), true
}
