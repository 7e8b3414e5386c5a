package deploy

import (
	"cmp"
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"

	yaml4 "go.yaml.in/yaml/v4"
)

// A service's own config files: what viper, go-zero's conf, koanf or a
// yaml.Unmarshal read at start (config/config.yaml, etc/order-api.yaml,
// config.json), whose values the code reads by key (viper.GetString
// ("broker.address")) or through a struct (cfg.Broker.Subject.Order).
// A file belongs to the service whose main package is in the nearest
// folder above it that holds the main packages of one service only.

// configFolders hold config files whatever their names.
var configFolders = map[string]bool{"config": true, "configs": true, "conf": true, "etc": true, "settings": true}

// configStems begin the names of config files outside those folders.
var configStems = []string{"config", "conf", "app", "application", "settings"}

// isConfigFile reports whether a YAML or JSON file is, by its name and
// folder, a program's config file rather than a manifest, a compose file,
// an API description or a tool's settings.
func isConfigFile(p string) bool {
	name := strings.ToLower(filepath.Base(p))
	ext := path.Ext(name)
	if ext != ".yaml" && ext != ".yml" && ext != ".json" {
		return false
	}
	if composeRank(name) >= 0 {
		return false
	}
	for _, w := range []string{"compose", "swagger", "openapi", "golangci", "package", "tsconfig", "goreleaser", "codecov", "buf.", "dapr", "helm", "chart", "values", "kustomization", "skaffold", "tilt", "launch"} {
		if strings.Contains(name, w) {
			return false
		}
	}
	if configFolders[strings.ToLower(filepath.Base(filepath.Dir(p)))] {
		return true
	}
	stem := strings.TrimSuffix(name, ext)
	for _, s := range configStems {
		if stem == s || strings.HasPrefix(stem, s+".") || strings.HasPrefix(stem, s+"-") || strings.HasPrefix(stem, s+"_") {
			return true
		}
	}
	return false
}

// configFile is one service's config file, flattened.
type configFile struct {
	shown string              // the file as shown
	keys  map[string]keyValue // normalized dotted key → value
}

// keyValue is a scalar of a config file, and its line.
type keyValue struct {
	value string
	line  int
}

// readConfigFiles reads the config files found and gives each to its
// service (the nearest folder above it with the mains of one service). A
// file that is no mapping at its top (a manifest list, a JSON array) or
// that looks like a manifest (apiVersion and kind) is left out, and so is
// one that does not parse: a config file is no deployment file, and its
// problems are the program's.
func (r *deployReader) readConfigFiles(services []Service) map[string][]configFile {
	out := make(map[string][]configFile)
	rel := func(abs string) string {
		p, err := filepath.Rel(r.root, abs)
		if err != nil {
			return ""
		}
		return filepath.ToSlash(p)
	}
	owner := func(dir string) string {
		for d := dir; ; d = path.Dir(d) {
			var svcs []string
			for _, s := range services {
				if slices.ContainsFunc(s.Dirs, func(sd string) bool { return dirWithin(sd, d) }) {
					svcs = append(svcs, s.Name)
				}
			}
			switch {
			case len(svcs) == 1:
				return svcs[0]
			case len(svcs) > 1 || d == "." || d == "/" || d == "":
				return ""
			}
		}
	}
	for _, abs := range r.configFiles {
		p := rel(abs)
		if p == "" || strings.HasPrefix(p, "../") {
			continue
		}
		svc := owner(path.Dir(p))
		if svc == "" {
			continue
		}
		data := r.read(abs, false)
		if data == nil {
			continue
		}
		var doc yaml4.Node
		if err := yaml4.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml4.MappingNode {
			continue
		}
		keys := make(map[string]keyValue)
		flatten(doc.Content[0], "", keys)
		if _, ok := keys["apiversion"]; ok {
			if _, ok := keys["kind"]; ok {
				continue
			}
		}
		out[svc] = append(out[svc], configFile{shown: r.show(abs), keys: keys})
	}
	for _, files := range out {
		// The file nearest the service's code first, then by name:
		// config.yaml before config.prod.yaml.
		slices.SortStableFunc(files, func(a, b configFile) int {
			return cmp.Or(cmp.Compare(strings.Count(a.shown, "/"), strings.Count(b.shown, "/")), cmp.Compare(len(a.shown), len(b.shown)), cmp.Compare(a.shown, b.shown))
		})
	}
	return out
}

// flatten adds the scalars below mapping n to keys, by their normalized
// dotted path.
func flatten(n *yaml4.Node, prefix string, keys map[string]keyValue) {
	if n.Kind != yaml4.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := normKey(k.Value)
		if prefix != "" {
			key = prefix + "." + key
		}
		switch v.Kind {
		case yaml4.ScalarNode:
			keys[key] = keyValue{value: v.Value, line: v.Line}
		case yaml4.MappingNode:
			flatten(v, key, keys)
		case yaml4.AliasNode:
			if v.Alias != nil && v.Alias.Kind == yaml4.ScalarNode {
				keys[key] = keyValue{value: v.Alias.Value, line: v.Line}
			}
		}
	}
}

// normKey compares keys without regard to case, "_" or "-":
// create_order, createOrder and CreateOrder are one key.
func normKey(k string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(k))
}

// ConfigValue returns the value service's config files give the key path
// key (dot-separated, as the code reads it), and "file:line". The whole
// path matches, or, as the first keys may be the program's own fields
// (s.Config.Broker.Subject), its longest tail of two keys or more. The
// nearest file that has it wins, and where names the other files' values
// when they differ (config.prod.yaml). d may be nil.
func (d *Deployment) ConfigValue(service, key string) (value, where string, ok bool) {
	if d == nil || key == "" {
		return "", "", false
	}
	parts := strings.Split(key, ".")
	for i := range parts {
		parts[i] = normKey(parts[i])
	}
	for start := 0; start < len(parts); start++ {
		if start > 0 && len(parts)-start < 2 {
			break
		}
		k := strings.Join(parts[start:], ".")
		var others []string // the values the other files give, when they differ
		for _, f := range d.configs[service] {
			kv, ok := f.keys[k]
			switch {
			case !ok:
			case where == "":
				value, where = kv.value, fmt.Sprintf("%s:%d", f.shown, kv.line)
			case kv.value != value:
				others = append(others, fmt.Sprintf("%s at %s:%d", kv.value, f.shown, kv.line))
			}
		}
		if where != "" {
			if len(others) > 0 {
				// Not a guess in silence: say what the other files set.
				where += " (the nearest file; also " + strings.Join(others, ", ") + ")"
			}
			return value, where, true
		}
	}
	return "", "", false
}
