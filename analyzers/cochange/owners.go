package cochange

import (
	"path"
	"strings"

	"github.com/boundcheck/boundcheck/rules"
)

// owners tells which service a changed file counts for, by the service
// model's ownership of packages and folders.
type owners struct {
	// pkg is the service of each package folder ("" for a shared,
	// unowned or ignored package), by folder relative to the root.
	pkg map[string]string
	// below is, for each folder above a package folder, the one service
	// owning every package below it, "" when there are several or a
	// package below is not a service's.
	below map[string]string
	// deployed is the service of each deployment file (a compose file or
	// manifest, relative to the root) whose units run one service only.
	deployed map[string]string
}

func newOwners(set *rules.Set) *owners {
	o := &owners{pkg: make(map[string]string), below: make(map[string]string), deployed: make(map[string]string)}
	if set.Deploy != nil {
		// The deployment's paths are relative to the folder the run
		// started in; the history's, to the root.
		from := ""
		if set.Dir != "" {
			from = strings.TrimPrefix(strings.TrimPrefix(filepathSlash(set.Dir), filepathSlash(set.Root)), "/")
		}
		several := make(map[string]bool)
		for _, u := range set.Deploy.Units {
			file := path.Join(from, u.File)
			if u.Service == "" || several[file] {
				continue
			}
			if s, ok := o.deployed[file]; ok && s != u.Service {
				several[file] = true
				delete(o.deployed, file)
				continue
			}
			o.deployed[file] = u.Service
		}
	}
	mixed := make(map[string]bool)
	for _, p := range set.Packages {
		if p.Rel == "" {
			continue
		}
		dir := p.Rel
		o.pkg[dir] = p.Service
		for d := dir; ; {
			if d == "." {
				break
			}
			d = path.Dir(d)
			if s, ok := o.below[d]; !ok && !mixed[d] {
				o.below[d] = p.Service
			} else if s != p.Service || p.Service == "" {
				mixed[d] = true
				o.below[d] = ""
			}
		}
	}
	return o
}

// service returns the service the file at rel (relative to the root, with
// slashes) counts for: the one service a deployment file runs, else the
// service of the package whose folder holds it, or of the nearest folder
// above whose packages are all that service's; "" for a file of a shared
// package, or of a folder shared by several services or by none.
func (o *owners) service(rel string) string {
	if s, ok := o.deployed[rel]; ok {
		return s
	}
	for d := path.Dir(rel); ; d = path.Dir(d) {
		if s, ok := o.pkg[d]; ok {
			return s
		}
		if s, ok := o.below[d]; ok {
			return s
		}
		if d == "." || d == "/" {
			return ""
		}
	}
}

// sharedPackage returns the folder of the package of no service (shared,
// unowned) that holds the file at rel, "" when none does.
func (o *owners) sharedPackage(rel string) string {
	d := path.Dir(rel)
	if s, ok := o.pkg[d]; ok && s == "" {
		return d
	}
	return ""
}

// kind says what a changed file is, for the filters: "" for code and
// configuration that counts, else the kind of noise it is.
func kind(p string, generated bool) string {
	base := path.Base(p)
	dirs := "/" + path.Dir(p) + "/"
	switch {
	case generated || generatedName(base) || strings.Contains(dirs, "/mocks/"):
		return kindGenerated
	case manifests[base] || strings.HasPrefix(base, "requirements") && strings.HasSuffix(base, ".txt") ||
		strings.Contains(dirs, "/vendor/") || strings.Contains(dirs, "/node_modules/") ||
		strings.HasSuffix(base, ".csproj") || strings.HasSuffix(base, ".lock"):
		return kindManifest
	case strings.HasPrefix(p, ".github/") || strings.HasPrefix(p, ".circleci/") || strings.HasPrefix(p, ".buildkite/") || ciFiles[base]:
		return kindCI
	case base == "Dockerfile" || strings.HasPrefix(base, "Dockerfile.") || strings.HasSuffix(base, ".Dockerfile") || base == ".dockerignore":
		// Base-image bumps and build tweaks, made across services at once.
		return kindContainer
	}
	return ""
}

const (
	kindGenerated = "generated code"
	kindManifest  = "dependency manifests and lock files"
	kindCI        = "CI files"
	kindContainer = "container build files"
)

// generatedName reports whether a file's name says generators write it.
func generatedName(base string) bool {
	for _, suf := range []string{".pb.go", ".pb.gw.go", ".pb.validate.go", "_grpc.pb.go", ".twirp.go", ".connect.go",
		"_gen.go", ".gen.go", "_generated.go", "_mock.go", "_pb2.py", "_pb2_grpc.py", "_pb.js", "_pb.d.ts", "_grpc_pb.js"} {
		if strings.HasSuffix(base, suf) {
			return true
		}
	}
	return strings.HasPrefix(base, "zz_generated") || strings.HasPrefix(base, "mock_") && strings.HasSuffix(base, ".go")
}

// manifests are the files that declare dependencies and their lock files,
// which bots and sweeps update across every service.
var manifests = map[string]bool{
	"go.mod": true, "go.sum": true, "go.work": true, "go.work.sum": true,
	"package.json": true, "package-lock.json": true, "yarn.lock": true, "pnpm-lock.yaml": true, "npm-shrinkwrap.json": true,
	"Pipfile": true, "Pipfile.lock": true, "poetry.lock": true, "pyproject.toml": true, "setup.py": true, "setup.cfg": true,
	"Gemfile": true, "Gemfile.lock": true, "Cargo.toml": true, "Cargo.lock": true,
	"pom.xml": true, "build.gradle": true, "build.gradle.kts": true, "gradle.lockfile": true, "gradle.properties": true,
	"packages.lock.json": true, "Directory.Packages.props": true, "composer.json": true, "composer.lock": true,
	"mix.exs": true, "mix.lock": true, "modules.txt": true,
}

// ciFiles are the names of CI configurations and of the bots' own.
var ciFiles = map[string]bool{
	".gitlab-ci.yml": true, ".travis.yml": true, "azure-pipelines.yml": true, "Jenkinsfile": true,
	".drone.yml": true, "renovate.json": true, ".renovaterc": true, ".renovaterc.json": true,
	".pre-commit-config.yaml": true, "codecov.yml": true, ".golangci.yml": true, ".golangci.yaml": true,
}

// filepathSlash is a file name with slashes (analyzers see no file system,
// so no path/filepath).
func filepathSlash(name string) string { return strings.ReplaceAll(name, `\`, "/") }
