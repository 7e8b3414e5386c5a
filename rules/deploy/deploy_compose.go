package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/template"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/sirupsen/logrus"
	"gopkg.in/yaml.v3"

	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/tree"
)

// composeBases are the file names docker compose reads by default, in its
// order of preference.
var composeBases = []string{"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}

// composeRank returns the index of name in composeBases,
// len(composeBases) for a variant (compose.<x>.yaml, docker-compose.<x>.yml,
// ...), and -1 for a file that is not a compose file.
func composeRank(name string) int {
	for i, b := range composeBases {
		if name == b {
			return i
		}
	}
	for _, stem := range []string{"compose.", "docker-compose."} {
		rest, ok := strings.CutPrefix(name, stem)
		if !ok {
			continue
		}
		for _, ext := range []string{".yaml", ".yml"} {
			if mid, ok := strings.CutSuffix(rest, ext); ok && mid != "" && !strings.HasPrefix(mid, ".") && !strings.HasSuffix(mid, ".") {
				return len(composeBases)
			}
		}
	}
	return -1
}

// composeFile is a compose file that parses as YAML.
type composeFile struct {
	abs, shown string // its path, and the path shown (see deployReader.show)
	data       []byte
	svcs       []*composeSvc // its services as yaml.v3 reads them, documents in order
	tangled    bool          // aliases that loop or expand to a huge tree: not for compose-go
}

// composeSvc is a compose service: what one file says of it, or what the
// merged files of a project say.
type composeSvc struct {
	name, file string
	line       int

	containerName, hostname, image string
	networkMode                    string // "service:orders" joins the network of service orders
	aliases, links                 []string
	build                          bool
	context, dockerfile, target    string
	args                           []string // build arg values
	command, entrypoint            []string
	env                            []envVar
	envFiles                       []string // env_file paths, as written (relative to the project's folder)
}

// compose reads the compose files, folder by folder. In each folder, the
// base file (compose.yaml, or docker-compose.yml, ...) and its override
// files make the project docker compose runs by default; each other variant
// (docker-compose.prod.yml) is read on top of the base as a project of its
// own. The default projects come first, so that their values win.
func (r *deployReader) compose() []*depUnit {
	var first, rest []*depUnit
	for _, dir := range r.composeOrder {
		names := r.composeDirs[dir]
		sort.Slice(names, func(i, j int) bool {
			ri, rj := composeRank(names[i]), composeRank(names[j])
			if ri != rj {
				return ri < rj
			}
			return names[i] < names[j]
		})
		var base *composeFile
		var overrides, variants, extra []*composeFile
		for _, name := range names {
			f := r.readCompose(filepath.Join(dir, name))
			switch {
			case f == nil:
			case composeRank(name) < len(composeBases) && base == nil:
				base = f
			case composeRank(name) < len(composeBases):
				extra = append(extra, f) // a second base file: compose would warn and use the first
			case strings.Contains(name, ".override."):
				overrides = append(overrides, f)
			default:
				variants = append(variants, f)
			}
		}
		var main []*composeFile
		if base != nil {
			main = append(main, base)
		}
		main = append(main, overrides...)
		if len(main) > 0 {
			first = append(first, r.composeProject(dir, main)...)
		}
		for _, v := range variants {
			if base != nil {
				rest = append(rest, r.composeProject(dir, []*composeFile{base, v})...)
			} else {
				rest = append(rest, r.composeProject(dir, []*composeFile{v})...)
			}
		}
		for _, f := range extra {
			rest = append(rest, r.composeProject(dir, []*composeFile{f})...)
		}
	}
	return append(first, rest...)
}

// readCompose reads and parses one compose file; nil when it cannot be
// read or is not YAML, which is reported.
func (r *deployReader) readCompose(file string) *composeFile {
	data := r.read(file, true)
	if data == nil {
		return nil
	}
	f := &composeFile{abs: file, shown: r.show(file), data: data}
	r.files = append(r.files, f.shown)
	docs, err := parseYAMLDocs(data)
	if err != nil {
		r.yamlProblem(file, data, err)
		return nil
	}
	for _, doc := range docs {
		size, loop := yExpandedSize(doc, composeGoMaxNodes)
		if loop != nil {
			r.problem(file, loop.Line, loop.Column, "alias *%s refers to a node that contains it", loop.Value)
		}
		f.tangled = f.tangled || loop != nil || size >= composeGoMaxNodes
		f.svcs = append(f.svcs, r.composeServices(f, doc)...)
	}
	return f
}

// composeGoMaxNodes is the size, aliases expanded, above which a compose file
// is not given to compose-go: it takes tens of seconds on a three-line file
// whose merge key refers to its own mapping.
const composeGoMaxNodes = 20000

// yExpandedSize returns the number of nodes of n with its aliases expanded,
// counting up to limit, and an alias that refers to a node containing it.
func yExpandedSize(n *yaml.Node, limit int) (int, *yaml.Node) {
	const (
		visiting = 1
		done     = 2
	)
	state := map[*yaml.Node]int{}
	size := map[*yaml.Node]int{}
	var loop *yaml.Node
	var walk func(n *yaml.Node) int
	walk = func(n *yaml.Node) int {
		if n == nil || loop != nil {
			return 0
		}
		switch state[n] {
		case visiting:
			return 0
		case done:
			return size[n]
		}
		state[n] = visiting
		total := 1
		if n.Kind == yaml.AliasNode {
			if state[n.Alias] == visiting {
				loop = n
			}
			total += walk(n.Alias)
		}
		for _, c := range n.Content {
			total = min(total+walk(c), limit)
		}
		state[n], size[n] = done, min(total, limit)
		return size[n]
	}
	total := walk(n)
	return total, loop
}

// parseYAMLDocs returns the top-level node of each document of data.
func parseYAMLDocs(data []byte) (docs []*yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return docs, err
		}
		if len(doc.Content) > 0 {
			docs = append(docs, doc.Content[0])
		}
	}
}

// composeServices returns the services of one document of a compose file,
// as written, and reports a document that is not shaped like a compose file.
func (r *deployReader) composeServices(f *composeFile, doc *yaml.Node) []*composeSvc {
	root := yResolve(doc)
	if yIsNull(root) {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		r.problem(f.abs, root.Line, root.Column, "compose file: expected a mapping with a services key, found %s", config.Describe(root))
		return nil
	}
	services := yGet(root, "services")
	if services == nil || yIsNull(services) {
		return nil
	}
	if services.Kind != yaml.MappingNode {
		r.problem(f.abs, services.Line, services.Column, "services: expected a mapping from service name to service, found %s", config.Describe(services))
		return nil
	}
	var out []*composeSvc
	for _, e := range yEntries(services) {
		svc := &composeSvc{name: e.key, file: f.shown, line: e.k.Line}
		v := yResolve(e.val)
		switch {
		case yIsNull(v):
		case v.Kind != yaml.MappingNode:
			r.problem(f.abs, v.Line, v.Column, "services.%s: expected a mapping, found %s", e.key, config.Describe(v))
			continue
		default:
			svc.fill(v)
		}
		out = append(out, svc)
	}
	return out
}

// fill reads the keys of a compose service that tell how it is reached and
// what it runs.
func (svc *composeSvc) fill(n *yaml.Node) {
	for _, e := range yEntries(n) {
		switch e.key {
		case "container_name":
			svc.containerName, _ = yStr(e.val)
		case "hostname":
			svc.hostname, _ = yStr(e.val)
		case "image":
			svc.image, _ = yStr(e.val)
		case "network_mode":
			svc.networkMode, _ = yStr(e.val)
		case "links":
			svc.links = yStrings(e.val)
		case "networks":
			for _, net := range yEntries(e.val) {
				svc.aliases = append(svc.aliases, yStrings(yGet(net.val, "aliases"))...)
			}
		case "build":
			svc.build = true
			if ctx, ok := yStr(e.val); ok {
				svc.context = ctx
				break
			}
			for _, b := range yEntries(e.val) {
				switch b.key {
				case "context":
					svc.context, _ = yStr(b.val)
				case "dockerfile":
					svc.dockerfile, _ = yStr(b.val)
				case "target":
					svc.target, _ = yStr(b.val)
				case "args":
					for _, kv := range yKeyValues(b.val) {
						if kv.set {
							svc.args = append(svc.args, kv.value)
						}
					}
				}
			}
		case "command":
			svc.command = yWords(e.val)
		case "entrypoint":
			svc.entrypoint = yWords(e.val)
		case "environment":
			for _, kv := range yKeyValues(e.val) {
				svc.env = append(svc.env, envVar{name: kv.name, value: kv.value, set: kv.set, file: svc.file, line: kv.line})
			}
		case "env_file":
			svc.envFiles = envFilePaths(e.val)
		}
	}
}

// composeProject returns the units of the compose project made of files
// (the first is the base), read by compose-go; when compose-go refuses them
// (a missing extends file, a required variable, a value of the wrong type),
// from what yaml.v3 read of each file, merged the way compose merges.
func (r *deployReader) composeProject(dir string, files []*composeFile) []*depUnit {
	var svcs []*composeSvc
	err := errors.New("not given to compose-go")
	if !slices.ContainsFunc(files, func(f *composeFile) bool { return f.tangled }) {
		svcs, err = composeGoLoad(dir, files)
	}
	if err != nil {
		svcs = composeMerge(files)
	} else {
		composePlace(svcs, files)
	}
	dotEnv := r.readDotEnv(dir)
	for _, svc := range svcs {
		r.readEnvFiles(dir, svc)
		svc.passThrough(dotEnv)
	}
	var units []*depUnit
	byName := map[string]*depUnit{}
	for _, svc := range svcs {
		u := svc.unit(dir, r.root)
		units = append(units, u)
		byName[svc.name] = u
	}
	// links: ["payments:pay"] makes "pay" a name of service payments.
	for _, svc := range svcs {
		for _, l := range svc.links {
			target, alias, ok := strings.Cut(l, ":")
			if u := byName[target]; u != nil && ok && alias != "" {
				u.Hosts = append(u.Hosts, alias)
			}
		}
	}
	return units
}

// unit returns the deployment unit of a compose service of a project in
// folder dir; its build context and Dockerfile are kept when they are in
// the tree at root, relative to root (both absolute).
func (svc *composeSvc) unit(dir, root string) *depUnit {
	u := &depUnit{Unit: Unit{Kind: "compose service", Name: svc.name, File: svc.file, Line: svc.line}}
	for _, n := range []unitName{{svc.name, "name"}, {svc.containerName, "container_name"}, {svc.hostname, "hostname"}, {imageBaseName(svc.image), "image name"}} {
		if n.text != "" {
			u.names = append(u.names, n)
		}
	}
	for _, h := range append([]string{svc.name, svc.containerName, svc.hostname}, svc.aliases...) {
		if h != "" {
			u.Hosts = append(u.Hosts, h)
		}
	}
	if svc.build {
		ctx := filepath.ToSlash(svc.context)
		if ctx == "" {
			ctx = "."
		}
		if relativeRef(ctx) {
			// A compose file above the root may build from a folder
			// outside the tree (the repository's top) with a Dockerfile
			// inside it.
			ctxAbs := filepath.Join(dir, filepath.FromSlash(ctx))
			if tree.Within(ctxAbs, root) {
				u.context = filepath.ToSlash(tree.RelOrAbs(root, ctxAbs))
			}
			df := filepath.ToSlash(svc.dockerfile)
			if df == "" {
				df = "Dockerfile"
			}
			if dfAbs := filepath.Join(ctxAbs, filepath.FromSlash(df)); relativeRef(df) && tree.Within(dfAbs, root) {
				u.dockerfile = filepath.ToSlash(tree.RelOrAbs(root, dfAbs))
			}
		}
	}
	for _, a := range svc.args {
		u.mentions = append(u.mentions, depMention{text: a, plain: true})
	}
	if svc.target != "" {
		u.mentions = append(u.mentions, depMention{text: svc.target, plain: true})
	}
	for _, w := range append(append([]string(nil), svc.command...), svc.entrypoint...) {
		u.mentions = append(u.mentions, depMention{text: w})
	}
	u.env = svc.env
	u.dapr = composeDaprSidecar(svc)
	return u
}

// relativeRef reports whether p is a relative path, not a URL or an absolute path.
func relativeRef(p string) bool {
	return p != "" && !strings.Contains(p, "://") && !strings.HasPrefix(p, "/") &&
		!strings.HasPrefix(p, "git@") && !strings.HasPrefix(p, "github.com/") && !strings.Contains(p, ":")
}

// composeGoLoad loads the project made of files with compose-go, with an
// empty environment (only the defaults written in the files are used),
// without validation, path resolution, includes, or env_file and label_file
// reading (readEnvFiles reads env_file), and returns its services sorted by
// name.
func composeGoLoad(dir string, files []*composeFile) (svcs []*composeSvc, err error) {
	defer func() {
		if r := recover(); r != nil {
			svcs, err = nil, fmt.Errorf("compose-go: %v", r)
		}
	}()
	// compose-go warns through logrus about deprecated syntax; boundcheck's
	// output is its own. Nothing else in boundcheck logs through logrus.
	logger := logrus.StandardLogger()
	out := logger.Out
	logger.SetOutput(io.Discard)
	defer logger.SetOutput(out)

	details := types.ConfigDetails{WorkingDir: dir, Environment: types.Mapping{}}
	for _, f := range files {
		details.ConfigFiles = append(details.ConfigFiles, types.ConfigFile{Filename: f.abs, Content: f.data})
	}
	name := loader.NormalizeProjectName(filepath.Base(dir))
	if name == "" {
		name = "boundcheck"
	}
	project, err := loader.LoadWithContext(context.Background(), details, func(o *loader.Options) {
		o.SetProjectName(name, true)
		o.SkipValidation = true
		o.SkipConsistencyCheck = true
		o.SkipInclude = true
		o.SkipResolveEnvironment = true
		o.SkipResolveLabels = true
		o.ResolvePaths = false
		o.Interpolate.LookupValue = func(string) (string, bool) { return "", false }
		o.Interpolate.Substitute = composeSubstitute
	})
	if err != nil {
		return nil, err
	}
	all := project.AllServices()
	for _, name := range slices.Sorted(maps.Keys(all)) {
		svcs = append(svcs, composeGoService(name, all[name]))
	}
	return svcs, nil
}

// composeSubstitute interpolates ${VAR:-default} and friends without
// logging, and leaves a required variable empty instead of failing.
func composeSubstitute(s string, m template.Mapping) (string, error) {
	out, err := template.SubstituteWithOptions(s, m, template.WithoutLogging)
	if missing := (*template.MissingRequiredError)(nil); errors.As(err, &missing) {
		err = nil
	}
	return out, err
}

// composeGoService converts a service compose-go loaded.
func composeGoService(name string, sc types.ServiceConfig) *composeSvc {
	svc := &composeSvc{
		name:          name,
		containerName: sc.ContainerName,
		hostname:      sc.Hostname,
		image:         sc.Image,
		networkMode:   sc.NetworkMode,
		links:         sc.Links,
		command:       sc.Command,
		entrypoint:    sc.Entrypoint,
	}
	for _, net := range slices.Sorted(maps.Keys(sc.Networks)) {
		if c := sc.Networks[net]; c != nil {
			svc.aliases = append(svc.aliases, c.Aliases...)
		}
	}
	if b := sc.Build; b != nil {
		svc.build = true
		svc.context, svc.dockerfile, svc.target = b.Context, b.Dockerfile, b.Target
		for _, k := range slices.Sorted(maps.Keys(b.Args)) {
			if v := b.Args[k]; v != nil {
				svc.args = append(svc.args, *v)
			}
		}
	}
	for _, f := range sc.EnvFiles {
		svc.envFiles = append(svc.envFiles, f.Path)
	}
	for _, k := range slices.Sorted(maps.Keys(sc.Environment)) {
		v := sc.Environment[k]
		e := envVar{name: k, set: v != nil}
		if v != nil {
			e.value = *v
		}
		svc.env = append(svc.env, e)
	}
	return svc
}

// composePlace gives the services compose-go loaded the file and line of
// their first definition, and each variable the file and line of its last.
func composePlace(svcs []*composeSvc, files []*composeFile) {
	for _, svc := range svcs {
		lines := map[string]envVar{}
		for _, f := range files {
			for _, s := range f.svcs {
				if s.name != svc.name {
					continue
				}
				if svc.file == "" {
					svc.file, svc.line = s.file, s.line
				}
				for _, e := range s.env {
					lines[e.name] = e
				}
			}
		}
		if svc.file == "" {
			svc.file = files[0].shown // brought in by extends
		}
		for i, e := range svc.env {
			if at, ok := lines[e.name]; ok {
				svc.env[i].file, svc.env[i].line = at.file, at.line
			} else {
				svc.env[i].file, svc.env[i].line = svc.file, svc.line
			}
		}
	}
}

// composeMerge merges what yaml.v3 read of files the way compose merges a
// project's files (later files override values, add to lists and to the
// environment), and interpolates the values with their defaults only.
func composeMerge(files []*composeFile) []*composeSvc {
	byName := map[string]*composeSvc{}
	for _, f := range files {
		for _, s := range f.svcs {
			m := byName[s.name]
			if m == nil {
				c := *s
				c.aliases = append([]string(nil), s.aliases...)
				c.links = append([]string(nil), s.links...)
				c.env = append([]envVar(nil), s.env...)
				byName[s.name] = &c
				continue
			}
			m.merge(s)
		}
	}
	var out []*composeSvc
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		svc := byName[name]
		svc.interpolate()
		out = append(out, svc)
	}
	return out
}

// merge lays o, from a later file, over svc.
func (svc *composeSvc) merge(o *composeSvc) {
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&svc.containerName, o.containerName)
	set(&svc.hostname, o.hostname)
	set(&svc.image, o.image)
	set(&svc.networkMode, o.networkMode)
	set(&svc.context, o.context)
	set(&svc.dockerfile, o.dockerfile)
	set(&svc.target, o.target)
	svc.build = svc.build || o.build
	svc.aliases = append(svc.aliases, o.aliases...)
	svc.links = append(svc.links, o.links...)
	svc.args = append(svc.args, o.args...)
	if o.command != nil {
		svc.command = o.command
	}
	if o.entrypoint != nil {
		svc.entrypoint = o.entrypoint
	}
	if o.envFiles != nil {
		svc.envFiles = o.envFiles
	}
	for _, e := range o.env {
		replaced := false
		for i := range svc.env {
			if svc.env[i].name == e.name {
				svc.env[i], replaced = e, true
			}
		}
		if !replaced {
			svc.env = append(svc.env, e)
		}
	}
}

// interpolate replaces ${VAR:-default} and the like in svc's values as
// compose does with an empty environment.
func (svc *composeSvc) interpolate() {
	for _, p := range []*string{&svc.containerName, &svc.hostname, &svc.image, &svc.networkMode, &svc.context, &svc.dockerfile, &svc.target} {
		*p = interpolateDefaults(*p)
	}
	for _, list := range [][]string{svc.aliases, svc.links, svc.args, svc.command, svc.entrypoint} {
		for i := range list {
			list[i] = interpolateDefaults(list[i])
		}
	}
	for i := range svc.env {
		svc.env[i].value = interpolateDefaults(svc.env[i].value)
	}
}

// interpolateDefaults interpolates s as compose does when no variable is
// set: ${VAR:-default} and ${VAR-default} give the default (itself
// interpolated), every other reference gives "", and $$ gives $.
func interpolateDefaults(s string) string {
	if !strings.Contains(s, "$") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c != '$' || i+1 == len(s):
			b.WriteByte(c)
			i++
		case s[i+1] == '$':
			b.WriteByte('$')
			i += 2
		case s[i+1] == '{':
			end := closingBrace(s, i+2)
			if end < 0 {
				b.WriteString(s[i:])
				return b.String()
			}
			inner := s[i+2 : end]
			j := 0
			for j < len(inner) && (inner[j] == '_' || isVarByte(inner[j])) {
				j++
			}
			op := inner[j:]
			switch {
			case strings.HasPrefix(op, ":-"):
				b.WriteString(interpolateDefaults(op[2:]))
			case strings.HasPrefix(op, "-"):
				b.WriteString(interpolateDefaults(op[1:]))
			}
			i = end + 1
		case s[i+1] == '_' || isVarStart(s[i+1]):
			i++
			for i < len(s) && (s[i] == '_' || isVarByte(s[i])) {
				i++
			}
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// closingBrace returns the index of the '}' that closes the "${" before
// from, or -1.
func closingBrace(s string, from int) int {
	depth := 1
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// isVarStart reports whether c is an ASCII letter, and isVarByte whether it
// is a letter or a digit; the callers accept '_' in variable names too.
func isVarStart(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isVarByte(c byte) bool  { return isVarStart(c) || '0' <= c && c <= '9' }

// YAML helpers for files that need not be well-formed compose files or
// manifests: every helper accepts any node, nil included.

// yEntry is one key: value pair of a mapping.
type yEntry struct {
	key    string
	k, val *yaml.Node
}

// yBudget bounds the entries read through merge keys, so that a small file
// of nested aliases cannot make the reading slow.
const yBudget = 10000

// yEntries returns the pairs of mapping n with string keys in file order, the
// pairs brought in by merge keys ("<<: *defaults") after them unless
// overridden; a later duplicate key replaces an earlier one.
func yEntries(n *yaml.Node) []yEntry {
	budget := yBudget
	return yEntriesBudget(n, &budget, 0)
}

func yEntriesBudget(n *yaml.Node, budget *int, depth int) []yEntry {
	n = yResolve(n)
	if n == nil || n.Kind != yaml.MappingNode || depth > 8 {
		return nil
	}
	var out []yEntry
	seen := map[string]int{}
	put := func(e yEntry, replace bool) {
		if i, ok := seen[e.key]; ok {
			if replace {
				out[i] = e
			}
			return
		}
		seen[e.key] = len(out)
		out = append(out, e)
	}
	var merged []yEntry
	for i := 0; i+1 < len(n.Content) && *budget > 0; i += 2 {
		*budget--
		k := yResolve(n.Content[i])
		if k == nil || k.Kind != yaml.ScalarNode {
			continue
		}
		if k.ShortTag() == "!!merge" {
			v := yResolve(n.Content[i+1])
			srcs := []*yaml.Node{v}
			if v != nil && v.Kind == yaml.SequenceNode {
				srcs = v.Content
			}
			for _, src := range srcs {
				merged = append(merged, yEntriesBudget(src, budget, depth+1)...)
			}
			continue
		}
		put(yEntry{key: k.Value, k: n.Content[i], val: n.Content[i+1]}, true)
	}
	for _, e := range merged {
		put(e, false)
	}
	return out
}

// yGet returns the value of key in mapping n, or nil.
func yGet(n *yaml.Node, key string) *yaml.Node {
	for _, e := range yEntries(n) {
		if e.key == key {
			return yResolve(e.val)
		}
	}
	return nil
}

// yResolve follows aliases; nil stays nil.
func yResolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	return n
}

// yIsNull reports whether n is missing or null.
func yIsNull(n *yaml.Node) bool {
	n = yResolve(n)
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// yStr returns the text of a scalar that is not null.
func yStr(n *yaml.Node) (string, bool) {
	n = yResolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || yIsNull(n) {
		return "", false
	}
	return n.Value, true
}

// yStrings returns the scalars of a list, or the scalar n itself.
func yStrings(n *yaml.Node) []string {
	n = yResolve(n)
	if s, ok := yStr(n); ok {
		return []string{s}
	}
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	var out []string
	for _, item := range n.Content {
		if s, ok := yStr(item); ok {
			out = append(out, s)
		}
	}
	return out
}

// yWords returns a command: the items of a list, or the words of a string.
func yWords(n *yaml.Node) []string {
	if s, ok := yStr(n); ok {
		return strings.Fields(s)
	}
	return yStrings(n)
}

// yKeyValue is one entry of a compose mapping written as a mapping
// (KEY: value) or as a list (- KEY=value, or - KEY for no value).
type yKeyValue struct {
	name, value string
	set         bool
	line        int
}

// yKeyValues reads a compose mapping in either form.
func yKeyValues(n *yaml.Node) []yKeyValue {
	n = yResolve(n)
	var out []yKeyValue
	switch {
	case n == nil:
	case n.Kind == yaml.MappingNode:
		for _, e := range yEntries(n) {
			v, ok := yStr(e.val)
			out = append(out, yKeyValue{name: e.key, value: v, set: ok, line: e.k.Line})
		}
	case n.Kind == yaml.SequenceNode:
		for _, item := range n.Content {
			s, ok := yStr(item)
			if !ok || s == "" {
				continue
			}
			name, value, set := strings.Cut(s, "=")
			out = append(out, yKeyValue{name: name, value: value, set: set, line: yResolve(item).Line})
		}
	}
	return out
}

// envFilePaths returns the paths an env_file value names: a string, a list
// of strings, or a list of {path, required}.
func envFilePaths(n *yaml.Node) []string {
	if p, ok := yStr(n); ok {
		return []string{p}
	}
	var out []string
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	for _, item := range n.Content {
		if p, ok := yStr(item); ok {
			out = append(out, p)
			continue
		}
		for _, e := range yEntries(item) {
			if e.key == "path" {
				if p, ok := yStr(e.val); ok {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// readDotEnv returns the variables the project's .env file (in folder
// dir) sets, by name, or nil when there is none. Compose reads it for the
// variables an environment: entry passes through from the host ("- NAME"):
// the host's own environment is not known, the file is.
func (r *deployReader) readDotEnv(dir string) map[string]envVar {
	abs := filepath.Join(dir, ".env")
	data := r.read(abs, false)
	if data == nil {
		return nil
	}
	vars, err := parseEnvFile(data, nil)
	if err != nil {
		r.problem(abs, 0, 0, "env file: %v; it is left out", err)
		return nil
	}
	shown := r.show(abs)
	if !slices.Contains(r.files, shown) {
		r.files = append(r.files, shown)
	}
	out := make(map[string]envVar, len(vars))
	for name, v := range vars {
		out[name] = envVar{name: name, value: v, set: true, file: shown, line: envLine(data, name)}
	}
	return out
}

// passThrough gives the variables svc passes through from the host
// ("- NAME") the value the project's .env file sets, as compose does when
// the host sets none; the file is then among those read.
func (svc *composeSvc) passThrough(dotEnv map[string]envVar) {
	for i, e := range svc.env {
		if v, ok := dotEnv[e.name]; ok && !e.set {
			svc.env[i] = v
		}
	}
}

// readEnvFiles adds to svc the variables its env_file files set, as
// compose does: in the order listed, a later file over an earlier one, and
// the environment: key over them all. A file that is not there (often a
// .env kept out of git) adds nothing, and what it would set stays
// unresolved; one that is read is listed among the deployment files. Its
// values are taken as written, with no interpolation from the host.
func (r *deployReader) readEnvFiles(dir string, svc *composeSvc) {
	fromFiles := map[string]envVar{}
	var order []string
	for _, p := range svc.envFiles {
		abs := p
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(dir, p)
		}
		data := r.read(abs, false)
		if data == nil {
			continue
		}
		shown := r.show(abs)
		if !slices.Contains(r.files, shown) {
			r.files = append(r.files, shown)
		}
		if r.envFileRead == nil {
			r.envFileRead = map[string]bool{}
		}
		r.envFileRead[filepath.Clean(abs)] = true
		vars, err := parseEnvFile(data, nil)
		if err != nil {
			r.problem(abs, 0, 0, "env file: %v; it is left out", err)
			continue
		}
		for _, name := range slices.Sorted(maps.Keys(vars)) {
			if _, ok := fromFiles[name]; !ok {
				order = append(order, name)
			}
			fromFiles[name] = envVar{name: name, value: vars[name], set: true, file: shown, line: envLine(data, name)}
		}
	}
	for _, name := range order {
		if !slices.ContainsFunc(svc.env, func(e envVar) bool { return e.name == name }) {
			svc.env = append(svc.env, fromFiles[name])
		}
	}
}

// parseEnvFile parses an env file: a variable the file refers to and does
// not set is outer's, or (${DB_HOST}, from the host) is kept as written,
// never taken to be empty, so that an address built from it stays
// unresolved.
func parseEnvFile(data []byte, outer map[string]string) (map[string]string, error) {
	// dotenv warns through logrus about variables it expands to nothing;
	// boundcheck's output is its own.
	logger := logrus.StandardLogger()
	out := logger.Out
	logger.SetOutput(io.Discard)
	defer logger.SetOutput(out)
	none := func(string) (string, bool) { return "", false }
	names, err := dotenv.UnmarshalBytesWithLookup(data, none)
	if err != nil {
		return nil, err
	}
	return dotenv.UnmarshalBytesWithLookup(data, func(name string) (string, bool) {
		if _, ok := names[name]; ok {
			return "", false // set in the file: dotenv expands it
		}
		if v, ok := outer[name]; ok {
			return v, true
		}
		return "${" + name + "}", true
	})
}

// envLine returns the line of an env file that sets name ("NAME=...",
// "export NAME=..."), the last such, or 0.
func envLine(data []byte, name string) int {
	line := 0
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "export "))
		if rest, ok := strings.CutPrefix(l, name); ok {
			if rest = strings.TrimLeft(rest, " \t"); strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, ":") {
				line = i + 1
			}
		}
	}
	return line
}
