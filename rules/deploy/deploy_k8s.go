package deploy

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// k8sWorkloads are the kinds whose pods run a program, with the path from
// the object to its pod (template).
var k8sWorkloads = map[string][]string{
	"Deployment":  {"spec", "template"},
	"StatefulSet": {"spec", "template"},
	"DaemonSet":   {"spec", "template"},
	"ReplicaSet":  {"spec", "template"},
	"Rollout":     {"spec", "template"}, // Argo Rollouts
	"Pod":         nil,
}

// k8sContainer is one container of a workload's pod.
type k8sContainer struct {
	name, image string
	env         []envVar
}

// kubernetes reads the Kubernetes manifests among the YAML files that are
// not compose files: the documents with an apiVersion and a kind. A file
// with template markers ({{) is a Helm or Go template and is left alone, and
// so is a kustomize patch (a file a kustomization names as one), which is
// only part of an object; a file that is not YAML is reported only when it
// looks like a manifest.
func (r *deployReader) kubernetes() []*depUnit {
	var units []*depUnit
	patches := r.kustomizePatches()
	for _, file := range r.yamls {
		if patches[file] {
			continue
		}
		data := r.read(file, false)
		if data == nil || !bytes.Contains(data, []byte("apiVersion")) || !bytes.Contains(data, []byte("kind")) || bytes.Contains(data, []byte("{{")) {
			continue
		}
		rel := r.show(file)
		docs, err := parseYAMLDocs(data)
		if err != nil {
			if bytes.Contains(data, []byte("apiVersion:")) {
				r.files = append(r.files, rel)
				r.yamlProblem(file, data, err)
			}
			continue
		}
		manifest := false
		for _, doc := range docs {
			us, ok := k8sObjects(doc, rel, 0)
			manifest = manifest || ok
			units = append(units, us...)
		}
		if manifest {
			r.files = append(r.files, rel)
		}
	}
	return units
}

// k8sObjects returns the units of one manifest document (a List's items
// included), and whether it is a manifest at all.
func k8sObjects(doc *yaml.Node, rel string, depth int) ([]*depUnit, bool) {
	doc = yResolve(doc)
	apiVersion, ok1 := yStr(yGet(doc, "apiVersion"))
	kind, ok2 := yStr(yGet(doc, "kind"))
	if !ok1 || !ok2 || depth > 2 || toolConfig(apiVersion) {
		return nil, false
	}
	if strings.HasSuffix(kind, "List") {
		var units []*depUnit
		for _, item := range yContent(yGet(doc, "items")) {
			us, _ := k8sObjects(item, rel, depth+1)
			units = append(units, us...)
		}
		return units, true
	}
	meta := yGet(doc, "metadata")
	name, _ := yStr(yGet(meta, "name"))
	if name == "" {
		return nil, true
	}
	ns, _ := yStr(yGet(meta, "namespace"))
	if ns == "" {
		ns = "default"
	}
	line := doc.Line
	for _, e := range yEntries(meta) {
		if e.key == "name" {
			line = e.k.Line
		}
	}
	u := &depUnit{Unit: Unit{Kind: "kubernetes " + kind, Name: name, File: rel, Line: line}, namespace: ns}
	switch podPath, workload := k8sWorkloads[kind]; {
	case kind == "Service" && apiVersion == "v1":
		u.Hosts = []string{name, name + "." + ns, name + "." + ns + ".svc", name + "." + ns + ".svc.cluster.local"}
		u.names = []unitName{{name, "name"}}
		u.selector = k8sLabels(yGet(yGet(doc, "spec"), "selector"))
		if u.selector == nil {
			u.selector = map[string]string{}
		}
	case workload:
		pod := doc
		for _, key := range podPath {
			pod = yGet(pod, key)
		}
		u.labels = k8sLabels(yGet(yGet(pod, "metadata"), "labels"))
		if u.labels == nil {
			u.labels = map[string]string{}
		}
		u.names = []unitName{{name, "name"}}
		u.dapr = k8sDaprApp(pod)
		spec := yGet(pod, "spec")
		for _, c := range yContent(yGet(spec, "containers")) {
			u.containers = append(u.containers, k8sReadContainer(c, rel))
		}
		for _, c := range u.containers {
			if c.name != "" {
				u.names = append(u.names, unitName{c.name, "container name"})
			}
		}
		for _, c := range u.containers {
			if n := imageBaseName(c.image); n != "" {
				u.names = append(u.names, unitName{n, "image name"})
			}
		}
		if u.containers == nil {
			u.containers = []k8sContainer{}
		}
	default:
		return nil, true
	}
	return []*depUnit{u}, true
}

// toolConfigs are the API groups of the files that tools, not the cluster,
// read: a Kustomization or Component, a skaffold.yaml.
var toolConfigs = []string{"kustomize.config.k8s.io/", "skaffold/"}

// toolConfig reports whether apiVersion is that of a tool's configuration,
// which has an apiVersion and a kind but is no manifest.
func toolConfig(apiVersion string) bool {
	return slices.ContainsFunc(toolConfigs, func(p string) bool { return strings.HasPrefix(apiVersion, p) })
}

// k8sReadContainer reads a container's name, image, and the env entries
// that give a value.
func k8sReadContainer(n *yaml.Node, rel string) k8sContainer {
	var c k8sContainer
	c.name, _ = yStr(yGet(n, "name"))
	c.image, _ = yStr(yGet(n, "image"))
	for _, item := range yContent(yGet(n, "env")) {
		name, ok := yStr(yGet(item, "name"))
		if !ok {
			continue
		}
		value, set := yStr(yGet(item, "value"))
		c.env = append(c.env, envVar{name: name, value: value, set: set, file: rel, line: yResolve(item).Line})
	}
	return c
}

// k8sLabels reads a mapping of labels (or a selector), nil when there is none.
func k8sLabels(n *yaml.Node) map[string]string {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	labels := map[string]string{}
	for _, e := range yEntries(n) {
		if v, ok := yStr(e.val); ok {
			labels[e.key] = v
		}
	}
	return labels
}

// yContent returns the items of a list, nil for anything else.
func yContent(n *yaml.Node) []*yaml.Node {
	n = yResolve(n)
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	return n.Content
}

// kustomizations are the file names kustomize reads in a folder.
var kustomizations = []string{"kustomization.yaml", "kustomization.yml", "Kustomization"}

// kustomizePatches returns the files (absolute) that the kustomizations
// among the YAML files name as patches: patchesStrategicMerge entries, and
// the path of patches and patchesJson6902 entries.
func (r *deployReader) kustomizePatches() map[string]bool {
	patches := map[string]bool{}
	for _, file := range r.yamls {
		if !slices.Contains(kustomizations, filepath.Base(file)) {
			continue
		}
		data := r.read(file, false)
		if data == nil {
			continue
		}
		docs, _ := parseYAMLDocs(data)
		for _, doc := range docs {
			var refs []string
			for _, item := range yContent(yGet(doc, "patchesStrategicMerge")) {
				if s, ok := yStr(item); ok && !strings.Contains(s, "\n") {
					refs = append(refs, s)
				}
			}
			for _, key := range []string{"patches", "patchesJson6902"} {
				for _, item := range yContent(yGet(doc, key)) {
					if s, ok := yStr(yGet(item, "path")); ok {
						refs = append(refs, s)
					}
				}
			}
			for _, ref := range refs {
				if relativeRef(ref) {
					patches[filepath.Join(filepath.Dir(file), filepath.FromSlash(ref))] = true
				}
			}
		}
	}
	return patches
}
