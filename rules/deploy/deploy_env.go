package deploy

import (
	"cmp"
	"maps"
	"path/filepath"
	"slices"
	"strings"
)

// Env files of their own: a service run outside compose and Kubernetes
// reads its environment from a dotenv file (godotenv.Load), or a script
// makes that file from a template. A file named after a service
// (order.env, order.env.template) or a .env file in a folder named after
// one or holding one (deploy/order/.env, services/order/.env.example)
// gives that service's variables, after those of every compose file and
// manifest. ${NAME} in it is read from the .env file of its own folder
// (or that file's .example or .template), as envsubst and compose do.

// envVariants are the endings after ".env" of the env files read, in
// order of preference: the file a program loads, then the samples it is
// made from.
var envVariants = []string{"", ".local", ".docker", ".dev", ".development", ".prod", ".production", ".example", ".sample", ".template", ".dist", ".defaults"}

// envFileName splits the name of an env file: "order.env.template" is
// ("order", 9), ".env" is ("", 0); ok is false for any other name.
func envFileName(name string) (prefix string, rank int, ok bool) {
	for i, v := range envVariants {
		if rest, found := strings.CutSuffix(name, ".env"+v); found && !strings.HasSuffix(rest, ".") {
			return rest, i, true
		}
	}
	return "", 0, false
}

// envFileUnits reads the env files found and returns a unit for each that
// belongs to a service, with its variables. A variable that names the
// local machine (a developer's localhost:8081) is left out: where it
// points is not a deployment's service.
func (r *deployReader) envFileUnits(idx *serviceIndex) []*depUnit {
	type envFile struct {
		path, dir, prefix string
		rank              int
	}
	var files []envFile
	for _, p := range r.envFiles {
		if r.envFileRead[filepath.Clean(p)] {
			continue // a compose service's env_file: that service's already
		}
		prefix, rank, _ := envFileName(filepath.Base(p))
		files = append(files, envFile{p, filepath.Dir(p), prefix, rank})
	}
	slices.SortStableFunc(files, func(a, b envFile) int {
		return cmp.Or(cmp.Compare(a.dir, b.dir), cmp.Compare(a.prefix, b.prefix), cmp.Compare(a.rank, b.rank))
	})
	// The variables of each folder's .env file (the first by preference),
	// which ${NAME} in the folder's other env files is read from.
	base := make(map[string]map[string]string)
	for _, f := range files {
		if f.prefix != "" || base[f.dir] != nil {
			continue
		}
		if data := r.read(f.path, false); data != nil {
			if vars, err := parseEnvFile(data, nil); err == nil {
				base[f.dir] = vars
			}
		}
	}
	var units []*depUnit
	for _, f := range files {
		u := &depUnit{Unit: Unit{Kind: "env file", File: r.show(f.path), Line: 1}}
		if f.prefix != "" {
			u.Name = f.prefix
			u.names = []unitName{{f.prefix, "env file name"}}
		} else {
			if f.dir == r.root {
				continue // the project's .env, which compose reads for its own files
			}
			rel, err := filepath.Rel(r.root, f.dir)
			if err != nil || strings.HasPrefix(rel, "..") {
				continue
			}
			u.Name = filepath.Base(f.dir)
			u.names = []unitName{{u.Name, "env file's folder"}}
			u.context = filepath.ToSlash(rel)
		}
		svc, why := idx.mapUnit(u)
		if svc == "" {
			continue
		}
		data := r.read(f.path, false)
		if data == nil {
			continue
		}
		outer := base[f.dir]
		if f.prefix == "" {
			outer = nil
		}
		vars, err := parseEnvFile(data, outer)
		if err != nil {
			r.problem(f.path, 0, 0, "env file: %v; it is left out", err)
			continue
		}
		u.Service, u.Why = svc, why
		for _, name := range slices.Sorted(maps.Keys(vars)) {
			if localValue(vars[name]) {
				continue
			}
			u.env = append(u.env, envVar{name: name, value: vars[name], set: true, file: u.File, line: envLine(data, name)})
		}
		if !slices.Contains(r.files, u.File) {
			r.files = append(r.files, u.File)
		}
		units = append(units, u)
	}
	return units
}

// localValue reports whether an env file's value names the local machine.
func localValue(v string) bool {
	v = strings.ToLower(v)
	for _, h := range []string{"localhost", "127.0.0.1", "0.0.0.0", "[::1]", "host.docker.internal"} {
		if strings.Contains(v, h) {
			return true
		}
	}
	return false
}
