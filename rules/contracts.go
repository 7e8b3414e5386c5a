package rules

import (
	"fmt"
	"go/build"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/rules/tree"
)

// The conventions by which a package of a service is one of its api packages
// (its contract) when the config does not list them. A main package never is
// one, whatever its folder: cmd/api holds a server binary.

// apiDirs are the folders of a service that other services may import.
var apiDirs = map[string]bool{"api": true, "proto": true, "pb": true, "gen": true, "genproto": true, "client": true, "contract": true, "contracts": true}

// contractSuffixes end the name of a package named after its service that
// holds its contract: orderspb, ordersclient, ordersapi, ordersproto.
var contractSuffixes = []string{"pb", "client", "api", "proto"}

// apiByConvention says why info, a non-main package that service svc owns,
// is one of svc's api packages, or returns "" when no convention makes it one.
// below is info's folder relative to the folder the service owns it by;
// mains holds the folders of main packages (see mainDirs).
func (s *Set) apiByConvention(info *PackageInfo, svc, below string, mains map[string]bool) string {
	if info.Command {
		return ""
	}
	if seg := apiFolder(info, below, mains); seg != "" {
		return fmt.Sprintf("api package by convention (a %q folder)", seg+"/")
	}
	if below != "" && below != "." {
		for seg := range strings.SplitSeq(below, "/") {
			if suffix := contractName(seg, svc); suffix != "" {
				return fmt.Sprintf("api package by convention (named %q: the name of service %s and the contract suffix %q)", seg, svc, suffix)
			}
		}
	}
	sp := s.Tree.Package(info.Path)
	if sp == nil {
		return ""
	}
	if suffix := contractName(sp.Name, svc); suffix != "" {
		return fmt.Sprintf("api package by convention (package %s: the name of service %s and the contract suffix %q)", sp.Name, svc, suffix)
	}
	return ""
}

// generatedContracts makes api packages of the internal packages of the
// services for which conventions apply (all when conventions is nil) whose
// files are all generated from an interface description (see
// contractGenerated) and that a package outside their service imports.
// Whether such a package is a contract matters only to those importers, and
// reading files is a cost every go vet process pays, so the packages only
// their own service imports are not read and stay internal.
func (s *Set) generatedContracts(conventions map[string]bool) {
	outside := make(map[string]bool) // packages imported from outside their service
	for _, p := range s.Tree.Packages {
		from := s.byPath[p.ImportPath]
		for _, imps := range [][]string{p.Imports, p.TestImports} {
			for _, imp := range imps {
				if to := s.byPath[imp]; to != nil && to.Service != "" && (from == nil || from.Service != to.Service) {
					outside[imp] = true
				}
			}
		}
	}
	for _, info := range s.Packages {
		if !outside[info.Path] || info.Role != RoleInternal || info.Command || conventions != nil && !conventions[info.Service] {
			continue
		}
		sp := s.Tree.Package(info.Path)
		gens := contractGenerated(sp.Dir)
		if len(gens) == 0 {
			continue
		}
		info.Role = RoleAPI
		info.Rule += fmt.Sprintf("; api package by convention (generated code only, by %s: a contract)", strings.Join(gens, ", "))
		svc := s.byName[info.Service]
		svc.API = append(svc.API, info.Path)
	}
}

// apiFolder returns the first folder of below named like a contract (api/,
// pb/...) that is not itself the folder of a main package: the packages
// below cmd/api belong to that binary, not to a contract.
func apiFolder(info *PackageInfo, below string, mains map[string]bool) string {
	if below == "" || below == "." {
		return ""
	}
	base := strings.TrimSuffix(strings.TrimSuffix(info.Rel, below), "/")
	segs := strings.Split(below, "/")
	for i, seg := range segs {
		if apiDirs[seg] && !mains[path.Join(base, strings.Join(segs[:i+1], "/"))] {
			return seg
		}
	}
	return ""
}

// mainDirs returns the folders, relative to the root, of the tree's main
// packages.
func (s *Set) mainDirs() map[string]bool {
	mains := make(map[string]bool)
	for _, info := range s.Packages {
		if info.Command {
			mains[info.Rel] = true
		}
	}
	return mains
}

// mainNote explains why main package info is not an api package although a
// convention or the config would make a package in its place one; "" when
// none would.
func mainNote(info *PackageInfo, below string) string {
	if !info.Command {
		return ""
	}
	if seg := firstSegmentIn(below, apiDirs); seg != "" {
		return fmt.Sprintf("not an api package: a main package never is, even under %q", seg+"/")
	}
	return ""
}

// contractName returns the contract suffix when name (a folder's or a
// package's) is service svc's name followed by one ("orderspb",
// "orders_client", "order-api" for service orders), "" otherwise. Case,
// "-" and "_" do not count, nor a plural "s", nor a trailing "svc" or
// "service" in the service's name.
func contractName(name, svc string) string {
	n := normName(name)
	for _, suffix := range contractSuffixes {
		stem, ok := strings.CutSuffix(n, suffix)
		if !ok || stem == "" {
			continue
		}
		for _, want := range serviceStems(svc) {
			if stem == want || stem+"s" == want || stem == want+"s" {
				return suffix
			}
		}
	}
	return ""
}

// serviceStems are the forms of a service's name a contract package may
// start with: orders, and orders for ordersvc or orders-service.
func serviceStems(svc string) []string {
	n := normName(svc)
	stems := []string{n}
	for _, tail := range []string{"service", "svc"} {
		if stem, ok := strings.CutSuffix(n, tail); ok && stem != "" {
			stems = append(stems, stem)
		}
	}
	return stems
}

// normName lower-cases name and drops "-", "_" and ".".
func normName(name string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', '.':
			return -1
		}
		return r
	}, strings.ToLower(name))
}

// contractGenerated returns the generators, sorted, when every non-test Go
// file of the package in dir that the build would use is generated, and
// every one by a contract generator (see isContractGenerator); nil
// otherwise. Such a package holds no hand-written code, so no handler: its
// types, clients and server interfaces are what other services are meant to
// use. It reads the files only up to their package clause, and stops at
// the first file that does not qualify.
func contractGenerated(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var gens []string
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		gen := tree.Generator(fset, filepath.Join(dir, name))
		if !isContractGenerator(gen) {
			return nil
		}
		if !slices.Contains(gens, gen) {
			gens = append(gens, gen)
		}
	}
	slices.Sort(gens)
	return gens
}

// isContractGenerator reports whether a generator writes a service's
// contract from an interface description: protobuf and gRPC (protoc and its
// plugins, Connect, Twirp, grpc-gateway, go-zero's goctl from a .proto),
// Thrift (Apache's compiler, Kitex), OpenAPI and Swagger clients, Goa. Database code (sqlc, ent), mocks, dependency
// wiring and other generators are not contracts, and neither is a file that
// is not generated ("").
func isContractGenerator(gen string) bool {
	if strings.Contains(gen, "mock") {
		return false
	}
	if strings.HasPrefix(gen, "protoc-gen-") {
		return true
	}
	switch gen {
	case "protoc", "buf", "kitex", "thrift", "thriftgo", "twirp", "connect",
		"oapi-codegen", "openapi", "openapi-generator", "swagger", "go-swagger", "ogen", "goa", "goctl (from .proto)":
		return true
	}
	return false
}
