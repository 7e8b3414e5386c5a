package deploy

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/boundcheck/boundcheck/rules/tree"
)

// Dapr app-ids. A Dapr service invocation names the app it calls by its
// app-id, which the deployment gives each program, in three places read
// here:
//
//   - the annotation dapr.io/app-id on the pod template of a Kubernetes
//     workload (Dapr's sidecar injector reads it): the app is the
//     workload's service;
//   - a compose service that runs daprd (its image, or the program its
//     command or entrypoint starts) with -app-id or --app-id: the app is
//     the compose service whose network it joins (network_mode:
//     "service:orders"), else the host its -app-channel-address names;
//   - a Dapr multi-app run file, dapr.yaml or dapr.yml (apps: - appID:
//     orders, appDirPath: ./orders/): the app is the service whose main
//     package is in appDirPath, relative to the file; an app without an
//     appID is named after that folder, as the dapr CLI names it.
//
// `dapr run --app-id orders -- go run .` in a script or a Makefile is not
// read: a command line in a shell file says too little for sure.

// A DaprApp is a Dapr app-id that the deployment declares, and the service
// it is.
type DaprApp struct {
	AppID   string
	Service string // "" when the app is no analysed service
	File    string // slash path relative to the dir given to Load
	Line    int
	Why     string // what declares it: "annotation dapr.io/app-id of kubernetes Deployment orders"
}

// Where returns "file:line".
func (a DaprApp) Where() string { return fmt.Sprintf("%s:%d", a.File, a.Line) }

// daprDecl is an app-id that a unit declares, before it is mapped.
type daprDecl struct {
	appID string
	line  int
	app   string // compose: the service whose network the sidecar joins, or the host its app channel names
}

// daprAnnotation is the pod annotation that gives a workload its app-id.
const daprAnnotation = "dapr.io/app-id"

// k8sDaprApp returns the app-id the annotations of a workload's pod
// template give it, or nil.
func k8sDaprApp(pod *yaml.Node) *daprDecl {
	for _, e := range yEntries(yGet(pod, "metadata")) {
		if e.key != "annotations" {
			continue
		}
		for _, a := range yEntries(e.val) {
			if id, ok := yStr(a.val); ok && a.key == daprAnnotation && id != "" {
				return &daprDecl{appID: id, line: a.k.Line}
			}
		}
	}
	return nil
}

// composeDaprSidecar returns the app-id a compose service that runs daprd
// gives its app, or nil when it runs no daprd or names no app-id.
func composeDaprSidecar(svc *composeSvc) *daprDecl {
	words := append(append([]string(nil), svc.entrypoint...), svc.command...)
	daprd := imageBaseName(svc.image) == "daprd"
	if len(words) > 0 && path.Base(words[0]) == "daprd" {
		daprd = true
	}
	if !daprd {
		return nil
	}
	d := &daprDecl{line: svc.line}
	flag := func(i int, name string) (string, bool) {
		w := strings.TrimPrefix(strings.TrimPrefix(words[i], "-"), "-")
		if v, ok := strings.CutPrefix(w, name+"="); ok {
			return v, true
		}
		if w == name && i+1 < len(words) {
			return words[i+1], true
		}
		return "", false
	}
	for i, w := range words {
		if !strings.HasPrefix(w, "-") {
			continue
		}
		if v, ok := flag(i, "app-id"); ok {
			d.appID = v
		}
		if v, ok := flag(i, "app-channel-address"); ok && d.app == "" {
			d.app = v
		}
	}
	if target, ok := strings.CutPrefix(svc.networkMode, "service:"); ok && target != "" {
		d.app = target
	}
	if d.appID == "" {
		return nil
	}
	return d
}

// daprRunFiles are the names of Dapr's multi-app run files.
var daprRunFiles = []string{"dapr.yaml", "dapr.yml"}

// daprRun reads the multi-app run files among the YAML files and returns
// their apps, mapped to services through idx. A file that does not parse,
// or has no apps list, is left alone: dapr.yaml is not always one.
func (r *deployReader) daprRun(idx *serviceIndex) []DaprApp {
	var out []DaprApp
	for _, file := range r.yamls {
		if !slices.Contains(daprRunFiles, filepath.Base(file)) {
			continue
		}
		data := r.read(file, false)
		if data == nil {
			continue
		}
		docs, err := parseYAMLDocs(data)
		if err != nil || len(docs) == 0 {
			continue
		}
		rel := r.show(file)
		read := false
		for _, app := range yContent(yGet(docs[0], "apps")) {
			var id, dir string
			idLine, dirLine := 0, 0
			for _, e := range yEntries(app) {
				switch e.key {
				case "appID":
					id, _ = yStr(e.val)
					idLine = e.k.Line
				case "appDirPath":
					dir, _ = yStr(e.val)
					dirLine = e.k.Line
				}
			}
			a := DaprApp{AppID: id, File: rel, Line: idLine}
			a.Service, a.Why = r.daprRunService(file, dir, idx)
			if id == "" && dir != "" {
				// The dapr CLI names an app without an appID after its folder.
				a.AppID, a.Line = path.Base(path.Clean(filepath.ToSlash(dir))), dirLine
				a.Why += ", named after its folder"
			}
			if a.AppID == "" || a.AppID == "." || a.AppID == "/" {
				continue
			}
			read = true
			out = append(out, a)
		}
		if read && !slices.Contains(r.files, rel) {
			r.files = append(r.files, rel)
		}
	}
	return out
}

// daprRunService returns the service an app of the run file file runs,
// from its appDirPath dir, and why.
func (r *deployReader) daprRunService(file, dir string, idx *serviceIndex) (string, string) {
	if dir == "" || !relativeRef(filepath.ToSlash(dir)) && dir != "." {
		return "", fmt.Sprintf("app of %s with no appDirPath in the tree", filepath.Base(file))
	}
	abs := filepath.Join(filepath.Dir(file), filepath.FromSlash(dir))
	if !tree.Within(abs, r.root) {
		return "", fmt.Sprintf("app of %s in %s, outside the analysed tree", filepath.Base(file), dir)
	}
	rel := filepath.ToSlash(tree.RelOrAbs(r.root, abs))
	if svc := idx.containing(rel); svc != "" {
		return svc, fmt.Sprintf("app of %s in %s, the folder of service %s", filepath.Base(file), dir, svc)
	}
	return "", fmt.Sprintf("app of %s in %s, which is no one service's folder", filepath.Base(file), dir)
}

// daprApps returns the app-ids the units declare, mapped to the services
// they run, and those of the run files, sorted by file and line.
func daprApps(units []*depUnit, run []DaprApp) []DaprApp {
	out := append([]DaprApp(nil), run...)
	seen := map[string]bool{}
	for _, u := range units {
		if u.dapr == nil {
			continue
		}
		// A compose service of a base file is read again with each variant.
		key := fmt.Sprintf("%s:%d:%s", u.File, u.Line, u.Name)
		if seen[key] {
			continue
		}
		seen[key] = true
		a := DaprApp{AppID: u.dapr.appID, Service: u.Service, File: u.File, Line: u.dapr.line}
		switch {
		case u.selector == nil && u.containers != nil:
			a.Why = fmt.Sprintf("annotation %s of %s %s", daprAnnotation, u.Kind, u.Name)
			if u.Service == "" {
				a.Why += ", which runs no service"
			}
		case u.dapr.app == "":
			a.Service = ""
			a.Why = fmt.Sprintf("daprd sidecar %s, which names no app", u.Name)
		default:
			a.Service = ""
			a.Why = fmt.Sprintf("daprd sidecar %s of %s, which is no service", u.Name, u.dapr.app)
			if app := composeApp(units, u); app != nil {
				a.Service = app.Service
				if app.Service != "" {
					a.Why = fmt.Sprintf("daprd sidecar %s of compose service %s", u.Name, app.Name)
				}
			}
		}
		out = append(out, a)
	}
	slices.SortStableFunc(out, func(a, b DaprApp) int {
		if a.File != b.File {
			return strings.Compare(a.File, b.File)
		}
		return a.Line - b.Line
	})
	return out
}

// composeApp returns the compose unit a daprd sidecar serves: the one its
// network_mode or app channel names, in its file first.
func composeApp(units []*depUnit, sidecar *depUnit) *depUnit {
	var found *depUnit
	for _, u := range units {
		if u.Kind != sidecar.Kind || u == sidecar || !slices.ContainsFunc(u.Hosts, func(h string) bool { return strings.EqualFold(h, sidecar.dapr.app) }) {
			continue
		}
		if u.File == sidecar.File {
			return u
		}
		if found == nil {
			found = u
		}
	}
	return found
}

// DaprApp returns what the deployment says of Dapr app-id appID: the
// first declaration, by file and line, that maps it to a service, else the
// first one; false when none declares it. d may be nil.
func (d *Deployment) DaprApp(appID string) (DaprApp, bool) {
	if d == nil {
		return DaprApp{}, false
	}
	var first *DaprApp
	for i, a := range d.DaprApps {
		if a.AppID != appID {
			continue
		}
		if a.Service != "" {
			return a, true
		}
		if first == nil {
			first = &d.DaprApps[i]
		}
	}
	if first == nil {
		return DaprApp{}, false
	}
	return *first, true
}
