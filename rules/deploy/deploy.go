// Package deploy reads the deployment files of a tree, compose files and
// Kubernetes manifests, as DESIGN.md, "Hosts and deployment files"
// describes it: a service is reached by its name, by the config's hosts,
// and by the names that the compose files and Kubernetes manifests give it,
// found from the analysed folder up to the top of the repository. Load maps
// the deployed units to the services it is given (plain names, hosts and
// folders: package rules hands them over from its service model); the
// whole-program model asks HostService which service an outbound call's
// host denotes, and EnvValue or EnvService which service the environment
// variable that holds the URL points at.
package deploy

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/netip"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	yaml4 "go.yaml.in/yaml/v4"

	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/netaddr"
	"github.com/boundcheck/boundcheck/rules/tree"
)

// A Service is what the deployment is matched against of one analysed
// service.
type Service struct {
	Name  string
	Hosts []string // the names the config says it is reached by
	Dirs  []string // slash folders, relative to the root, of its main packages (of all its packages when it has none)
}

// A Deployment is what compose files and Kubernetes manifests say about how
// services reach each other.
type Deployment struct {
	Files []string // compose files and manifests read, slash paths relative to the dir given to Load, sorted
	Units []Unit   // compose services, Kubernetes Services and workloads, sorted by file and line
	// DaprApps are the Dapr app-ids the deployment gives its programs
	// (deploy_dapr.go), sorted by file and line.
	DaprApps []DaprApp

	hosts     map[string]string                // lower-case host name → service
	byService map[string][]string              // service → the host names the deployment gives it, its own aside, sorted
	env       map[string]map[string]envSetting // service → variable → where the deployment sets it
	configs   map[string][]configFile          // service → its config files, nearest first (deploy_config.go)
}

// A DeployUnit is one compose service, Kubernetes Service or Kubernetes
// workload, and the boundcheck service it is, if any.
type Unit struct {
	Kind    string   // "compose service", "kubernetes Service", "kubernetes Deployment", ...
	Name    string   // its name in the file
	File    string   // slash path relative to the dir given to Load
	Line    int      // line of its name
	Service string   // the boundcheck service it runs or reaches; "" for a datastore, broker or other program
	Why     string   // how Service was found, for `boundcheck services`
	Hosts   []string // the host names that reach it, sorted
}

// A DeployProblem is a deployment file that could not be read in full.
// Line/Col are 0 when unknown.
type Problem struct {
	File      string // absolute
	Line, Col int
	Msg       string
}

// Error returns "file:line:col: msg", leaving out what is unknown.
func (p Problem) Error() string {
	return config.Pos{File: p.File, Line: p.Line, Col: p.Col}.String() + ": " + p.Msg
}

// envSetting is the value a deployment gives a variable, and where.
type envSetting struct {
	value, where string
}

// deployMaxFile is the size above which a YAML file is not read.
const deployMaxFile = 1 << 20

// depUnit is a DeployUnit while the deployment is being read.
type depUnit struct {
	Unit
	names      []unitName // names for the name rule, in order of preference
	context    string     // build context relative to the root; "" when none or outside the tree
	dockerfile string     // Dockerfile relative to the root; "" when unknown or outside the tree
	mentions   []depMention
	env        []envVar          // a compose service's environment
	containers []k8sContainer    // a Kubernetes workload's containers; non-nil for workloads
	namespace  string            // Kubernetes only
	selector   map[string]string // Kubernetes Service
	labels     map[string]string // Kubernetes workload's pod labels
	dapr       *daprDecl         // the Dapr app-id it declares (deploy_dapr.go)
}

// unitName is a name a unit goes by, and what gives it ("name", "image", ...).
type unitName struct {
	text, from string
}

// depMention is a word of a unit's build args or target (plain: it may name a
// service outright) or of its command or entrypoint (only a path names one).
type depMention struct {
	text  string
	plain bool
}

// envVar is one variable of a container's environment.
type envVar struct {
	name, value string
	set         bool // false for a variable passed through from the host ("- NAME")
	file        string
	line        int
}

// where returns "file:line", or the file alone when the line is unknown.
func (e envVar) where() string {
	if e.line == 0 {
		return e.file
	}
	return fmt.Sprintf("%s:%d", e.file, e.line)
}

// Load reads the compose files and Kubernetes manifests below root, an
// absolute folder (skipping the folders the tree scan skips) and, up to the
// top of the repository, those of the folders above root and of their
// deployment folders (see deployReader.walk), and maps their units to
// services. Paths are shown relative to dir ("" means root). A malformed
// file is a problem with its file and line; the other files are still used.
func Load(root, dir string, services []Service) (d *Deployment, problems []Problem) {
	d = &Deployment{
		hosts:     map[string]string{},
		byService: map[string][]string{},
		env:       map[string]map[string]envSetting{},
	}
	defer func() {
		if r := recover(); r != nil {
			problems = append(problems, Problem{File: root, Msg: fmt.Sprintf("reading the deployment files stopped: internal error: %v", r)})
		}
	}()
	r := &deployReader{root: root, dir: cmp.Or(dir, root)}
	r.walk()
	composeUnits := r.compose()
	k8sUnits := r.kubernetes()
	run := r.daprRun(newServiceIndex(services))

	idx := newServiceIndex(services)
	for _, u := range composeUnits {
		u.Service, u.Why = idx.mapUnit(u)
	}
	for _, u := range k8sUnits {
		if u.selector == nil {
			u.Service, u.Why = idx.mapUnit(u)
		}
	}
	for _, u := range k8sUnits {
		if u.selector != nil {
			u.Service, u.Why = idx.mapK8sService(u, k8sUnits)
		}
	}
	// Env files come last: what compose and Kubernetes set wins.
	units := slices.Concat(composeUnits, k8sUnits, r.envFileUnits(idx))
	d.configs = r.readConfigFiles(services)
	d.Files = r.files
	sort.Strings(d.Files)
	d.index(units, idx)
	d.DaprApps = daprApps(units, run)
	sortDeployProblems(r.problems)
	return d, r.problems
}

// index fills d's maps from units, taken in order: the first unit that sets
// a variable for a service wins.
func (d *Deployment) index(units []*depUnit, idx *serviceIndex) {
	claims := map[string]map[string]bool{}
	listed := map[string]bool{}
	for _, u := range units {
		slices.Sort(u.Hosts)
		u.Hosts = slices.Compact(u.Hosts)
		// A compose service of a base file is read again with each variant.
		if key := fmt.Sprintf("%s:%d:%s", u.File, u.Line, u.Name); !listed[key] {
			listed[key] = true
			d.Units = append(d.Units, u.Unit)
		}
		if u.Service == "" {
			continue
		}
		for _, h := range u.Hosts {
			h = strings.ToLower(h)
			if claims[h] == nil {
				claims[h] = map[string]bool{}
			}
			claims[h][u.Service] = true
		}
		env := u.env
		if u.containers != nil {
			env = idx.mainContainer(u).env
		}
		for _, e := range env {
			if !e.set || e.value == "" {
				continue
			}
			if d.env[u.Service] == nil {
				d.env[u.Service] = map[string]envSetting{}
			}
			if _, ok := d.env[u.Service][e.name]; !ok {
				d.env[u.Service][e.name] = envSetting{value: e.value, where: e.where()}
			}
		}
	}
	for h, svcs := range claims {
		// A host claimed by two services goes to the first by name.
		d.hosts[h] = slices.Min(slices.Collect(maps.Keys(svcs)))
	}
	for h, svc := range d.hosts {
		if !strings.EqualFold(h, svc) {
			d.byService[svc] = append(d.byService[svc], h)
		}
	}
	for _, hosts := range d.byService {
		sort.Strings(hosts)
	}
	sort.SliceStable(d.Units, func(i, j int) bool {
		a, b := d.Units[i], d.Units[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}

// deployReader finds and reads the deployment files of a tree.
type deployReader struct {
	root         string              // the tree's root, absolute
	dir          string              // the folder paths are shown relative to, absolute
	composeDirs  map[string][]string // folder (absolute) → compose file names in it
	composeOrder []string            // the keys of composeDirs, in reading order
	yamls        []string            // other YAML files, absolute, in reading order
	envFiles     []string            // env files (envFileName), absolute, in reading order
	envFileRead  map[string]bool     // the env files compose services read (env_file), absolute
	configFiles  []string            // the programs' config files (isConfigFile), absolute, in reading order
	seen         map[string]bool     // folders whose files have been listed
	files        []string
	problems     []Problem
	// visit, when set, is handed every file the walk finds instead of
	// listing it (FilesAbove).
	visit func(path string)
}

// walk finds the compose files and the other YAML files: every one below
// the root (skipping the folders the tree scan skips); then, in each folder
// above the root up to the top of the repository (repoAncestors), those in
// the folder itself and those in its deployment folders (deployDir) and
// their subfolders, and no other, so that a large repository is not read
// whole. The files below the root come first, then those of each folder
// above it, nearest first, each group sorted; index lets the first unit
// that sets a variable win, so the files nearer the code win among the
// compose files, and among the manifests.
func (r *deployReader) walk() {
	r.composeDirs = map[string][]string{}
	r.seen = map[string]bool{}
	r.group(func() { r.walkTree(r.root) })
	for _, dir := range repoAncestors(r.root) {
		r.group(func() { r.walkAbove(dir) })
	}
}

// group runs find and sorts the compose folders and YAML files it adds.
func (r *deployReader) group(find func()) {
	nd, ny, ne, nc := len(r.composeOrder), len(r.yamls), len(r.envFiles), len(r.configFiles)
	find()
	slices.Sort(r.composeOrder[nd:])
	slices.Sort(r.yamls[ny:])
	slices.Sort(r.envFiles[ne:])
	slices.Sort(r.configFiles[nc:])
}

// walkTree lists the files below top, skipping the folders the tree scan
// skips and those already listed.
func (r *deployReader) walkTree(top string) {
	_ = filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable folder is the tree scan's to report
		}
		if d.IsDir() {
			// A folder with a go.work of its own is another program, which
			// the tree scan leaves out too.
			if p != top && (tree.SkipDir(d.Name()) || tree.FileExists(filepath.Join(p, "go.work"))) || r.seen[p] {
				return filepath.SkipDir
			}
			r.seen[p] = true
			return nil
		}
		r.add(p, d)
		return nil
	})
}

// walkAbove lists the files of dir, a folder above the root, and those of
// its deployment folders.
func (r *deployReader) walkAbove(dir string) {
	if r.seen[dir] {
		return
	}
	r.seen[dir] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		switch {
		case !e.IsDir():
			r.add(p, e)
		case deployDir(e.Name()) && !tree.SkipDir(e.Name()) && !r.seen[p]:
			r.walkTree(p)
		}
	}
}

// add lists file p when it is a compose file or another YAML file.
func (r *deployReader) add(p string, d fs.DirEntry) {
	if !d.Type().IsRegular() {
		return
	}
	if r.visit != nil {
		r.visit(p)
		return
	}
	name := d.Name()
	switch {
	case composeRank(name) >= 0:
		dir := filepath.Dir(p)
		if r.composeDirs[dir] == nil {
			r.composeOrder = append(r.composeOrder, dir)
		}
		r.composeDirs[dir] = append(r.composeDirs[dir], name)
	case strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml"):
		r.yamls = append(r.yamls, p)
		if isConfigFile(p) {
			r.configFiles = append(r.configFiles, p)
		}
	case strings.HasSuffix(name, ".json"):
		if isConfigFile(p) {
			r.configFiles = append(r.configFiles, p)
		}
	default:
		if _, _, ok := envFileName(name); ok {
			r.envFiles = append(r.envFiles, p)
		}
	}
}

// FilesAbove returns the files above root that Load considers, read or
// not: those of the folders up to the top of the repository and of their
// deployment folders, so that a cache of a run can tell when one appears,
// changes or goes (cmd/boundcheck's memo).
func FilesAbove(root string) []string {
	r := &deployReader{root: root, dir: root, seen: map[string]bool{}, composeDirs: map[string][]string{}}
	var files []string
	r.visit = func(p string) { files = append(files, p) }
	for _, dir := range repoAncestors(root) {
		r.walkAbove(dir)
	}
	return files
}

// repoAncestors returns the folders above root up to the top of its
// repository, the nearest folder that holds .git (a folder, or in a git
// worktree a file), nearest first. There are none when no folder at or
// above root holds .git, and none when root is in a folder that the go
// command leaves out (testdata, vendor, _examples, .cache): the code there is
// a fixture or an example that the repository's deployment does not describe.
func repoAncestors(root string) []string {
	var dirs []string
	for dir := root; ; {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dirs
		}
		if tree.SkipDir(filepath.Base(dir)) {
			return nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dirs = append(dirs, parent)
		dir = parent
	}
}

// deployWords are the words of a folder name that say it holds deployment
// files: k8s/, kubernetes-manifests/, deploy/, deployments/, helm-chart/
// (whose templates are not read, but rendered output is), docker/, ...
var deployWords = map[string]bool{
	"k8s": true, "kube": true, "kubernetes": true, "openshift": true, "manifest": true, "manifests": true,
	"deploy": true, "deploys": true, "deployment": true, "deployments": true,
	"helm": true, "chart": true, "charts": true, "kustomize": true,
	"compose": true, "docker": true, "infra": true, "infrastructure": true, "ops": true, "devops": true, "gitops": true,
}

// deployDir reports whether a folder above the root is a deployment folder,
// by the words of its name.
func deployDir(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if deployWords[w] {
			return true
		}
	}
	return false
}

// show returns abs as it is shown: relative to the folder the run started
// in, with slashes.
func (r *deployReader) show(abs string) string {
	return filepath.ToSlash(tree.RelOrAbs(r.dir, abs))
}

// read returns the content of file, or nil when it cannot be read or is too
// large; report says whether to report that as a problem.
func (r *deployReader) read(file string, report bool) []byte {
	fi, err := os.Stat(file)
	if err != nil {
		if report {
			r.problem(file, 0, 0, "cannot read: %v", err)
		}
		return nil
	}
	if fi.Size() > deployMaxFile {
		if report {
			r.problem(file, 0, 0, "not read: larger than %d MB", deployMaxFile>>20)
		}
		return nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		if report {
			r.problem(file, 0, 0, "cannot read: %v", err)
		}
		return nil
	}
	return data
}

// problem records a problem in file.
func (r *deployReader) problem(file string, line, col int, format string, args ...any) {
	r.problems = append(r.problems, Problem{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// yamlProblem records the YAML syntax error err that yaml.v3 found in file.
func (r *deployReader) yamlProblem(file string, data []byte, err error) {
	const hint = "; the file is left out of the deployment model"
	if line, col, msg, ok := yamlErrorPos(data); ok {
		r.problem(file, line, col, "yaml syntax error: %s%s", msg, hint)
		return
	}
	for _, e := range config.SyntaxErrors(file, data, err) {
		r.problem(file, e.Pos.Line, e.Pos.Col, "%s%s", e.Msg, hint)
	}
}

// yamlV4Error matches go.yaml.in/yaml/v4's syntax errors: "yaml: [while
// parsing|scanning ... at line L[, column C]: ][line L[, column C]: ]message".
var yamlV4Error = regexp.MustCompile(`^yaml: (?:(while [^:]*?) at (?:line (\d+)(?:, column (\d+))?|<unknown position>): )?(?:line (\d+)(?:, column (\d+))?: )?(.*)$`)

// yamlErrorPos returns the line and column of the first syntax error in data,
// and its message, as go.yaml.in/yaml/v4 reports them. yaml.v3 reports the
// start of the enclosing block instead of the offending line; v4 keeps both.
// Its parser (as opposed to its scanner) counts lines from 0.
func yamlErrorPos(data []byte) (line, col int, msg string, ok bool) {
	defer func() {
		if recover() != nil {
			line, col, msg, ok = 0, 0, "", false
		}
	}()
	dec := yaml4.NewDecoder(bytes.NewReader(data))
	var err error
	for err == nil {
		var n yaml4.Node
		err = dec.Decode(&n)
	}
	m := yamlV4Error.FindStringSubmatch(err.Error())
	if err == io.EOF || m == nil {
		return 0, 0, "", false
	}
	context, msg := m[1], m[6]
	l, c := m[4], m[5]
	if l == "" {
		l, c = m[2], m[3]
	}
	if l == "" {
		return 0, 0, "", false
	}
	line, _ = strconv.Atoi(l)
	col, _ = strconv.Atoi(c)
	if strings.HasPrefix(context, "while parsing") || context == "" && config.ParserProblem(msg) {
		line++
	}
	return line, col, msg, true
}

func sortDeployProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		switch {
		case a.File != b.File:
			return a.File < b.File
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Col != b.Col:
			return a.Col < b.Col
		}
		return a.Msg < b.Msg
	})
}

// The mapping of deployment units to boundcheck services.

// serviceIndex holds what the mapping rules compare deployment units with.
type serviceIndex struct {
	exact map[string][]string // normalized service name → services
	loose map[string][]string // normalized name with a "service", "svc", "-api" or "-server" suffix stripped → services
	dirs  []serviceDir
}

// serviceDir is a folder of a service's main package (or, for a service with
// none, of any of its packages).
type serviceDir struct {
	dir, service string
}

func newServiceIndex(services []Service) *serviceIndex {
	idx := &serviceIndex{exact: map[string][]string{}, loose: map[string][]string{}}
	for _, svc := range services {
		n := normServiceName(svc.Name)
		idx.exact[n] = deployAdd(idx.exact[n], svc.Name)
		for _, k := range looseKeys(svc.Name) {
			idx.loose[k] = deployAdd(idx.loose[k], svc.Name)
		}
		for _, dir := range svc.Dirs {
			idx.dirs = append(idx.dirs, serviceDir{dir: dir, service: svc.Name})
		}
	}
	return idx
}

// mapUnit returns the service a compose service or Kubernetes workload runs,
// and why: a name that equals a service's (normalized), then the build
// context or Dockerfile inside exactly one service's folder, then a
// cmd/<service> named in the build args, command or entrypoint, then a name
// that equals a service's once a "service", "svc", "-api" or "-server"
// suffix is stripped.
func (idx *serviceIndex) mapUnit(u *depUnit) (string, string) {
	for _, n := range u.names {
		if svcs := idx.exact[normServiceName(n.text)]; len(svcs) == 1 {
			return svcs[0], fmt.Sprintf("%s %q is the service's name", n.from, n.text)
		}
	}
	if u.context != "" {
		if svc := idx.containing(u.context); svc != "" {
			return svc, fmt.Sprintf("build context %s holds the main package of service %s", u.context, svc)
		}
	}
	if u.dockerfile != "" {
		if svc := idx.containing(path.Dir(u.dockerfile)); svc != "" {
			return svc, fmt.Sprintf("Dockerfile %s is in the folder of service %s", u.dockerfile, svc)
		}
	}
	if svc, word := idx.mentioned(u.mentions); svc != "" {
		return svc, fmt.Sprintf("its build or command names %q", word)
	}
	for _, n := range u.names {
		var svcs []string
		for _, k := range looseKeys(n.text) {
			for _, svc := range idx.loose[k] {
				svcs = deployAdd(svcs, svc)
			}
		}
		if len(svcs) == 1 {
			return svcs[0], fmt.Sprintf("%s %q is the service's name once a suffix is dropped", n.from, n.text)
		}
	}
	return "", "no service has its name, build context, Dockerfile or command"
}

// mapK8sService maps a Kubernetes Service to the service of the workloads
// its selector picks in its namespace (the first by name when they run
// several), or, when it picks none in the tree, by its own name.
func (idx *serviceIndex) mapK8sService(u *depUnit, units []*depUnit) (string, string) {
	var via, picked *depUnit
	for _, w := range units {
		if w.labels == nil || w.namespace != u.namespace || !selectorMatches(u.selector, w.labels) {
			continue
		}
		if picked == nil {
			picked = w
		}
		if w.Service != "" && (via == nil || w.Service < via.Service) {
			via = w
		}
	}
	switch {
	case via != nil:
		return via.Service, fmt.Sprintf("selects the pods of %s %s (%s:%d)", via.Kind, via.Name, via.File, via.Line)
	case picked != nil:
		return "", fmt.Sprintf("selects the pods of %s %s (%s:%d), which is no service", picked.Kind, picked.Name, picked.File, picked.Line)
	}
	svc, why := idx.mapUnit(u)
	if svc == "" {
		return "", "its selector picks no pods in the tree, and " + why
	}
	return svc, why
}

// selectorMatches reports whether a non-empty selector matches labels.
func selectorMatches(selector, labels map[string]string) bool {
	if len(selector) == 0 {
		return false
	}
	for k, v := range selector {
		if lv, ok := labels[k]; !ok || lv != v {
			return false
		}
	}
	return true
}

// mainContainer returns the container of workload u that runs its service:
// the first one whose name or image names the service, else the first.
func (idx *serviceIndex) mainContainer(u *depUnit) k8sContainer {
	for _, c := range u.containers {
		for _, n := range []string{c.name, imageBaseName(c.image)} {
			if n == "" {
				continue
			}
			if slices.Contains(idx.exact[normServiceName(n)], u.Service) {
				return c
			}
			for _, k := range looseKeys(n) {
				if slices.Contains(idx.loose[k], u.Service) {
					return c
				}
			}
		}
	}
	if len(u.containers) > 0 {
		return u.containers[0]
	}
	return k8sContainer{}
}

// containing returns the one service that has a folder at or below dir.
func (idx *serviceIndex) containing(dir string) string {
	var svcs []string
	for _, sd := range idx.dirs {
		if dirWithin(sd.dir, dir) {
			svcs = deployAdd(svcs, sd.service)
		}
	}
	if len(svcs) == 1 {
		return svcs[0]
	}
	return ""
}

// mentioned returns the one service named by words: a "cmd/<name>" path, a
// "./" path to the folder of a main package, or a plain word that is a
// service's name.
func (idx *serviceIndex) mentioned(words []depMention) (svc, word string) {
	var svcs []string
	first := ""
	add := func(names []string, w string) {
		for _, n := range names {
			if !slices.Contains(svcs, n) {
				svcs = append(svcs, n)
				if first == "" {
					first = w
				}
			}
		}
	}
	for _, w := range words {
		for _, f := range strings.FieldsFunc(w.text, func(r rune) bool {
			return r == ' ' || r == '\t' || r == '\n' || r == '=' || r == '"' || r == '\'' || r == ',' || r == ';' || r == ':'
		}) {
			f = strings.TrimSuffix(strings.TrimSuffix(f, "/..."), "/")
			if i := cmdPathIndex(f); i >= 0 {
				tail := f[i:] // cmd/<name>[/...]
				name, _, _ := strings.Cut(strings.TrimPrefix(tail, "cmd/"), "/")
				add(idx.exact[normServiceName(name)], f)
				for _, sd := range idx.dirs {
					if sd.dir == tail || strings.HasSuffix(sd.dir, "/"+tail) {
						add([]string{sd.service}, f)
					}
				}
				continue
			}
			if strings.HasPrefix(f, "./") {
				rel := path.Clean(f)
				for _, sd := range idx.dirs {
					if sd.dir == rel {
						add([]string{sd.service}, f)
					}
				}
				continue
			}
			if w.plain {
				add(idx.exact[normServiceName(f)], f)
			}
		}
	}
	if len(svcs) == 1 {
		return svcs[0], first
	}
	return "", ""
}

// cmdPathIndex returns the index of a "cmd/<name>" path element in f, or -1.
func cmdPathIndex(f string) int {
	for i := 0; ; {
		j := strings.Index(f[i:], "cmd/")
		if j < 0 {
			return -1
		}
		j += i
		if (j == 0 || f[j-1] == '/') && j+4 < len(f) {
			return j
		}
		i = j + 4
	}
}

// dirWithin reports whether slash folder dir is root or below it; "." is the
// root of the tree.
func dirWithin(dir, root string) bool {
	return root == "." || dir == root || strings.HasPrefix(dir, root+"/")
}

// The lookups.

// HostService returns the service a host name denotes. The host may carry a
// scheme, a port and a trailing dot, and is compared without regard to case.
// A host denotes a service by the service's own name, a config `hosts`
// entry, a name the compose files give it (service name, network alias,
// container_name, hostname, link alias) or a Kubernetes Service that reaches
// it (name, name.ns, name.ns.svc, name.ns.svc.cluster.local). localhost,
// IP addresses and unknown names denote none. services are the analysed
// services; d may be nil, when no deployment was read.
func (d *Deployment) HostService(services []Service, host string) (string, bool) {
	h := hostOfTarget(host)
	if h == "" || isLocalHost(h) {
		return "", false
	}
	if svc := d.hostLookup(services, h); svc != "" {
		return svc, true
	}
	// Cluster DNS names of a service that no manifest in the tree declares.
	for _, suffix := range []string{".svc.cluster.local", ".svc"} {
		if rest, ok := strings.CutSuffix(h, suffix); ok {
			if name, ns, ok := strings.Cut(rest, "."); ok && name != "" && ns != "" && !strings.Contains(ns, ".") {
				if svc := d.hostLookup(services, name); svc != "" {
					return svc, true
				}
			}
		}
	}
	return "", false
}

// DeployedUnit returns the compose service or Kubernetes Service that a
// host reaches when it is none of the analysed services: a program of the
// system that is not Go, or not in the tree. The first by file and line
// when several are; d may be nil.
func (d *Deployment) DeployedUnit(services []Service, host string) (Unit, bool) {
	h := hostOfTarget(host)
	if h == "" || isLocalHost(h) || d == nil {
		return Unit{}, false
	}
	if _, ok := d.HostService(services, h); ok {
		return Unit{}, false
	}
	for _, u := range d.Units {
		if u.Service != "" {
			continue
		}
		for _, x := range u.Hosts {
			if strings.EqualFold(x, h) {
				return u, true
			}
		}
	}
	return Unit{}, false
}

// hostLookup returns the service that lower-case host h names, or "".
func (d *Deployment) hostLookup(services []Service, h string) string {
	for _, svc := range services {
		if strings.EqualFold(svc.Name, h) {
			return svc.Name
		}
	}
	for _, svc := range services {
		for _, x := range svc.Hosts {
			if strings.EqualFold(x, h) {
				return svc.Name
			}
		}
	}
	if d != nil {
		return d.hosts[h]
	}
	return ""
}

// Hosts returns the host names other than its own name that the
// deployment gives service, in lower case and sorted; nil when d is nil.
func (d *Deployment) Hosts(service string) []string {
	if d == nil {
		return nil
	}
	return d.byService[service]
}

// EnvValue returns the value the deployment gives variable name in the
// containers of service, and the "file:line" where it is set: a compose
// service's environment (with ${VAR:-default} taken from the default, and no
// other environment), or a Kubernetes workload's container env value.
// d may be nil.
func (d *Deployment) EnvValue(service, name string) (value, where string, ok bool) {
	if d == nil {
		return "", "", false
	}
	e, ok := d.env[service][name]
	return e.value, e.where, ok
}

// envSuffixes are the words that end a variable naming a service's address.
var envSuffixes = map[string]bool{
	"url": true, "addr": true, "address": true, "host": true, "hostname": true,
	"endpoint": true, "uri": true, "service": true, "svc": true, "grpc": true,
	"http": true, "api": true, "port": true, "base": true, "server": true, "target": true,
}

// EnvService guesses the service an environment variable points at when no
// deployment sets it: PAYMENTS_URL, PAYMENTS_SVC_HOST and
// PRODUCT_CATALOG_SERVICE_ADDR name the service whose normalized name (or
// host name) equals what is left once the address words at the end are
// stripped. It returns false when no service or several fit. d may be nil.
func (d *Deployment) EnvService(services []Service, name string) (string, bool) {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '_' || r == '-' || r == '.' })
	exact := map[string][]string{}
	loose := map[string][]string{}
	add := func(key, svc string) {
		exact[key] = deployAdd(exact[key], svc)
	}
	for _, svc := range services {
		add(normServiceName(svc.Name), svc.Name)
		for _, h := range svc.Hosts {
			add(normServiceName(h), svc.Name)
		}
		for _, k := range looseKeys(svc.Name)[1:] {
			loose[k] = deployAdd(loose[k], svc.Name)
		}
	}
	if d != nil {
		for h, svc := range d.hosts {
			if !strings.Contains(h, ".") {
				add(normServiceName(h), svc)
			}
		}
	}
	for n := len(words); n > 1 && envSuffixes[words[n-1]]; {
		n--
		key := strings.Join(words[:n], "")
		for _, m := range []map[string][]string{exact, loose} {
			switch svcs := m[key]; {
			case len(svcs) == 1:
				return svcs[0], true
			case len(svcs) > 1:
				return "", false
			}
		}
	}
	return "", false
}

// Names and hosts.

// normServiceName is a name for comparison: lower case, without '-', '_' and '.'.
func normServiceName(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', '.':
			return -1
		}
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// NameKey is the loosest form of a name that services, deployed programs
// and their hosts are matched by: lower case, without '-', '_' and '.', and
// without a "service" or "svc" suffix ("CartService", "cart-service" and
// "cart" are all "cart").
func NameKey(s string) string {
	keys := looseKeys(s)
	return keys[len(keys)-1]
}

// looseKeys returns the normalized name and, when it ends in "service" or
// "svc" or in "-api" or "-server" after a separator, the normalized name
// without it.
func looseKeys(s string) []string {
	keys := []string{normServiceName(s)}
	l := strings.ToLower(s)
	for _, suf := range []string{"service", "svc"} {
		if rest, ok := strings.CutSuffix(l, suf); ok && normServiceName(rest) != "" {
			return append(keys, normServiceName(rest))
		}
	}
	for _, suf := range []string{"api", "server"} {
		for _, sep := range []string{"-", "_", "."} {
			if rest, ok := strings.CutSuffix(l, sep+suf); ok && normServiceName(rest) != "" {
				return append(keys, normServiceName(rest))
			}
		}
	}
	return keys
}

// imageBaseName returns the last path element of an image reference, without
// its tag and digest: ghcr.io/acme/payments:1.2 → payments.
func imageBaseName(image string) string {
	image, _, _ = strings.Cut(image, "@")
	if i := strings.LastIndex(image, "/"); i >= 0 {
		image = image[i+1:]
	}
	image, _, _ = strings.Cut(image, ":")
	return image
}

// hostOfTarget returns the lower-case host of a URL, gRPC target or host:port,
// without a trailing dot; "" when there is none.
func hostOfTarget(s string) string {
	return netaddr.Split(s).Host
}

// isLocalHost reports whether lower-case h is the local machine or an IP
// address, which name no service.
func isLocalHost(h string) bool {
	if _, err := netip.ParseAddr(h); err == nil {
		return true
	}
	return h == "localhost" || strings.HasSuffix(h, ".localhost") || h == "localhost.localdomain" || h == "ip6-localhost"
}

// Small helpers.

// deployAdd appends s to list unless list holds it.
func deployAdd(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
