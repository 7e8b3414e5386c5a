package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/atomicfile"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/tree"
)

func newInitCmd() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a starter boundcheck.yaml from what discovery finds",
		Long: `init discovers the services by convention, as a run without a config
does, and writes what it found to boundcheck.yaml at the root of the module
or workspace: each service with its packages, api packages, the host names
the deployment files give it and the tables its migrations create, and the
shared packages; each entry is commented with why discovery chose it. The
file is valid as written. An existing config file is kept unless --force.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runInit(cmd.ErrOrStderr(), force)
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing config file")
	return cmd
}

func runInit(stderr io.Writer, force bool) error {
	wd, err := os.Getwd()
	if err != nil {
		return &codeError{exitError, err}
	}
	root, work, err := tree.FindRoot(wd)
	if err != nil {
		return &codeError{exitError, err}
	}
	target := filepath.Join(root, config.ConfigNames[0])
	var existing []string
	for _, name := range config.ConfigNames {
		p := filepath.Join(root, name)
		if _, err := os.Stat(p); err == nil {
			existing = append(existing, p)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return &codeError{exitError, err}
		}
	}
	switch {
	case len(existing) > 1:
		// A run refuses both; overwriting one would leave that so.
		return &codeError{exitError, fmt.Errorf("%s and %s both exist; remove one", relPath(wd, existing[0]), relPath(wd, existing[1]))}
	case len(existing) == 1 && !force:
		return &codeError{exitError, fmt.Errorf("%s exists; boundcheck init --force overwrites it", relPath(wd, existing[0]))}
	case len(existing) == 1:
		target = existing[0]
	}
	src, err := tree.ScanTree(root, work)
	if err != nil {
		return &codeError{exitError, err}
	}
	set, err := rules.Compile(src, nil)
	if err != nil {
		return &codeError{exitError, err}
	}
	set.Dir = wd
	for _, p := range set.LoadDeployment() {
		fmt.Fprintf(stderr, "boundcheck: %s:%d: %s (its hosts are left out)\n", relPath(wd, p.File), p.Line, p.Msg)
	}
	for _, p := range set.LoadSchema() {
		fmt.Fprintf(stderr, "boundcheck: %s: %v (its tables are left out)\n", p.File, p.Err)
	}
	if len(set.Services) == 0 {
		return &codeError{exitError, errors.New("discovery found no services, so there is nothing to write; boundcheck services says why")}
	}
	data, err := starterConfig(set)
	if err != nil {
		return &codeError{exitError, err}
	}
	// Valid on the first run: decoded and compiled as a run will, before
	// anything is written.
	cfg, err := config.DecodeConfig(target, data, analyzers.Specs())
	if err == nil {
		_, err = rules.Compile(src, cfg)
	}
	if err != nil {
		return &codeError{exitError, fmt.Errorf("internal error: the config init made does not load; nothing was written:\n%v", err)}
	}
	if err := atomicfile.Write(target, data); err != nil {
		return &codeError{exitError, err}
	}
	fmt.Fprintf(stderr, "boundcheck: wrote %s: %s\n", relPath(wd, target), plural(len(set.Services), "service"))
	return nil
}

// starterConfig renders the set's services as a config file.
func starterConfig(set *rules.Set) ([]byte, error) {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	doc.HeadComment = "yaml-language-server: $schema=" + config.SchemaURL + "\n\n" +
		"Written by boundcheck init from what discovery found (boundcheck services shows the same).\n" +
		"With this file, its services are the truth: edit it as the system changes.\n" +
		"Package patterns are relative to this file."
	add := func(m *yaml.Node, key string, val *yaml.Node, comment string) {
		k := &yaml.Node{Kind: yaml.ScalarNode, Value: key, HeadComment: comment}
		m.Content = append(m.Content, k, val)
	}
	add(doc, "version", scalarInt(1), "")

	hostOwners := make(map[string][]string)
	tableOwners := make(map[string][]string)
	for _, svc := range set.Services {
		hostOwners[strings.ToLower(svc.Name)] = append(hostOwners[strings.ToLower(svc.Name)], svc.Name)
		for _, h := range set.DeployHosts(svc.Name) {
			hostOwners[h] = append(hostOwners[h], svc.Name)
		}
		if set.Schema != nil {
			for _, c := range set.Schema.Creates {
				if c.Service == svc.Name {
					k := c.Kind + ":" + c.Name
					if !slices.Contains(tableOwners[k], svc.Name) {
						tableOwners[k] = append(tableOwners[k], svc.Name)
					}
				}
			}
		}
	}

	services := &yaml.Node{Kind: yaml.MappingNode}
	for _, svc := range set.Services {
		s := &yaml.Node{Kind: yaml.MappingNode}
		pkgs := coverPatterns(set, func(p *rules.PackageInfo) bool { return p.Service == svc.Name })
		add(s, "packages", flowList(pkgs), "")
		if len(svc.API) > 0 {
			api := coverPatterns(set, func(p *rules.PackageInfo) bool { return p.Service == svc.Name && p.Role == rules.RoleAPI })
			add(s, "api", flowList(api), apiWhy(set, svc))
		}
		var hosts []string
		for _, h := range set.DeployHosts(svc.Name) {
			if len(hostOwners[h]) == 1 {
				hosts = append(hosts, h)
			}
		}
		if len(hosts) > 0 {
			add(s, "hosts", flowList(hosts), "names the deployment files give it")
		}
		owns := &yaml.Node{Kind: yaml.MappingNode}
		for _, kind := range []string{"database", "table"} {
			var names []string
			var files []string
			if set.Schema != nil {
				for _, c := range set.Schema.Creates {
					if c.Service == svc.Name && c.Kind == kind && len(tableOwners[kind+":"+c.Name]) == 1 && !slices.Contains(names, c.Name) {
						names = append(names, c.Name)
						if !slices.Contains(files, c.File) {
							files = append(files, c.File)
						}
					}
				}
			}
			if len(names) > 0 {
				add(owns, kind+"s", flowList(names), "created by "+strings.Join(files, ", "))
			}
		}
		if len(owns.Content) > 0 {
			add(s, "owns", owns, "")
		}
		add(services, svc.Name, s, svc.Rule)
	}
	add(doc, "services", services, "")

	shared := coverPatterns(set, func(p *rules.PackageInfo) bool { return p.Role == rules.RoleShared })
	if len(shared) > 0 {
		add(doc, "shared", flowList(shared), "imported by several services and owned by none")
	}
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{doc}}); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// apiWhy says why the service's api packages are its contract.
func apiWhy(set *rules.Set, svc *rules.Service) string {
	for _, p := range svc.API {
		if info := set.Lookup(p); info != nil && info.Rule != "" {
			return "its contract: " + info.Rule
		}
	}
	return "its contract, which other services may import"
}

// coverPatterns returns the fewest patterns that name exactly the tree's
// packages that keep accepts: "./dir/..." for a folder whose packages it
// all accepts, "./dir" for one package alone, "." for the root's.
func coverPatterns(set *rules.Set, keep func(*rules.PackageInfo) bool) []string {
	var mine, others []string
	for _, p := range set.Packages {
		if keep(p) {
			mine = append(mine, p.Rel)
		} else {
			others = append(others, p.Rel)
		}
	}
	clean := func(dir string) bool {
		for _, o := range others {
			if o == dir || strings.HasPrefix(o, dir+"/") {
				return false
			}
		}
		return true
	}
	var out []string
	for _, rel := range mine {
		if rel == "." || rel == "" {
			out = append(out, ".")
			continue
		}
		if !clean(rel) {
			out = append(out, "./"+rel)
			continue
		}
		top := rel
		for up := path.Dir(top); up != "." && clean(up); up = path.Dir(top) {
			top = up
		}
		out = append(out, "./"+top+"/...")
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func flowList(items []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, it := range items {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: it, Style: yaml.DoubleQuotedStyle})
	}
	return n
}

func scalarInt(v int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(v)}
}
