package rules

import (
	"fmt"
	"github.com/boundcheck/boundcheck/rules/config"
	"github.com/boundcheck/boundcheck/rules/tree"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// applyConfig places the tree's packages as the config says. Every pattern
// must match a package, and no package may belong to two services.
func (s *Set) applyConfig(cfg *config.Config) error {
	cfgDir := filepath.Dir(s.ConfigFile)
	var errs config.ConfigErrors
	match := func(pat config.Pattern) []*PackageInfo {
		m, err := compilePattern(pat.Text)
		if err != nil {
			errs = append(errs, &config.ConfigError{Pos: pat.Pos, Msg: err.Error()})
			return nil
		}
		var out []*PackageInfo
		for _, info := range s.Packages {
			sp := s.Tree.Package(info.Path)
			if rel, err := filepath.Rel(cfgDir, sp.Dir); err == nil && m(filepath.ToSlash(rel)) {
				out = append(out, info)
			}
		}
		if len(out) == 0 {
			errs = append(errs, &config.ConfigError{Pos: pat.Pos, Msg: fmt.Sprintf("pattern %q matches no package; patterns are relative to the config file's folder", pat.Text)})
		}
		return out
	}
	at := func(p config.Pos) string {
		return fmt.Sprintf("%s:%d", filepath.Base(p.File), p.Line)
	}

	ignored := make(map[*PackageInfo]bool)
	for _, pat := range cfg.Ignore {
		for _, info := range match(pat) {
			ignored[info] = true
			info.Role = RoleIgnored
			info.Rule = fmt.Sprintf("ignored by %q (%s)", pat.Text, at(pat.Pos))
		}
	}

	type owner struct {
		svc *Service
		pat config.Pattern
	}
	owners := make(map[*PackageInfo]owner)
	mains := s.mainDirs()
	conventions := make(map[string]bool) // services without an api list
	for _, sc := range cfg.Services {
		svc := s.addService(sc.Name, "listed in "+at(sc.Pos))
		svc.Hosts = append([]string(nil), sc.Hosts...)
		svc.Owns = sc.Owns
		svc.Group = sc.Group
		conventions[sc.Name] = len(sc.API) == 0
		claim := func(pat config.Pattern, infos []*PackageInfo) {
			for _, info := range infos {
				if ignored[info] {
					continue
				}
				if prev, ok := owners[info]; ok {
					if prev.svc != svc {
						errs = append(errs, &config.ConfigError{Pos: pat.Pos, Msg: fmt.Sprintf("package %s is matched by service %s (%q, %s) and by service %s (%q); give it to one", info.Path, prev.svc.Name, prev.pat.Text, at(prev.pat.Pos), svc.Name, pat.Text)})
					}
					continue
				}
				owners[info] = owner{svc, pat}
			}
		}
		for _, pat := range sc.Packages {
			claim(pat, match(pat))
		}
		apis := make(map[*PackageInfo]config.Pattern)
		for _, pat := range sc.API {
			infos := match(pat)
			claim(pat, infos)
			for _, info := range infos {
				apis[info] = pat
			}
		}
		for _, info := range s.Packages {
			o, ok := owners[info]
			if !ok || o.svc != svc || info.Service != "" {
				continue
			}
			rule := fmt.Sprintf("matched by %q (%s)", o.pat.Text, at(o.pat.Pos))
			api := false
			switch pat, ok := apis[info]; {
			case ok && info.Command:
				// cmd/api under an api pattern is a server binary.
				rule += fmt.Sprintf("; not an api package: a main package never is, though api pattern %q (%s) covers it", pat.Text, at(pat.Pos))
			case ok:
				api, rule = true, fmt.Sprintf("api package: matched by %q (%s)", pat.Text, at(pat.Pos))
			case len(sc.API) == 0:
				// No api list: the conventions of discovery apply.
				below := belowPattern(o.pat.Text, info, s.Tree, cfgDir)
				if why := s.apiByConvention(info, svc.Name, below, mains); why != "" {
					api, rule = true, rule+"; "+why
				} else if note := mainNote(info, below); note != "" {
					rule += "; " + note
				}
			}
			s.own(info, svc, api, rule)
		}
	}

	s.generatedContracts(conventions)

	for _, pat := range cfg.Shared {
		for _, info := range match(pat) {
			if ignored[info] {
				continue
			}
			if o, ok := owners[info]; ok {
				errs = append(errs, &config.ConfigError{Pos: pat.Pos, Msg: fmt.Sprintf("package %s is listed as shared but belongs to service %s (%q, %s)", info.Path, o.svc.Name, o.pat.Text, at(o.pat.Pos))})
				continue
			}
			info.Role = RoleShared
			info.Rule = fmt.Sprintf("shared: matched by %q (%s)", pat.Text, at(pat.Pos))
		}
	}

	if len(errs) > 0 {
		sort.SliceStable(errs, func(i, j int) bool {
			a, b := errs[i].Pos, errs[j].Pos
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Col < b.Col
		})
		return errs
	}
	return nil
}

// compilePattern turns a config pattern ("./services/orders/...", ".") into a
// matcher of slash-separated folders relative to the config's folder, with the
// go command's meaning of "...": any string, and "x/..." also matching "x".
func compilePattern(pat string) (func(string) bool, error) {
	p := strings.TrimPrefix(pat, "./")
	if p == "" || p == "." {
		return func(rel string) bool { return rel == "." }, nil
	}
	if p == "..." {
		return func(string) bool { return true }, nil
	}
	re := regexp.QuoteMeta(p)
	re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
	if strings.HasSuffix(re, `/.*`) {
		re = strings.TrimSuffix(re, `/.*`) + `(/.*)?`
	}
	rx, err := regexp.Compile("^" + re + "$")
	if err != nil {
		return nil, fmt.Errorf("bad pattern %q: %v", pat, err)
	}
	return rx.MatchString, nil
}

// belowPattern returns the part of info's folder below the fixed prefix of the
// pattern that claimed it: for "./services/orders/..." and
// services/orders/api/v1 it is "api/v1".
func belowPattern(pat string, info *PackageInfo, t *tree.Tree, cfgDir string) string {
	base := strings.TrimPrefix(pat, "./")
	if i := strings.Index(base, "..."); i >= 0 {
		base = base[:i]
	}
	base = strings.TrimSuffix(base, "/")
	sp := t.Package(info.Path)
	rel, err := filepath.Rel(cfgDir, sp.Dir)
	if err != nil {
		return ""
	}
	rel = filepath.ToSlash(rel)
	if base == "" || base == "." {
		return rel
	}
	return strings.TrimPrefix(strings.TrimPrefix(rel, base), "/")
}

// MatchDir returns a matcher for a go-style pattern ("./services/...") over
// slash-separated folders relative to the pattern's base.
func MatchDir(pattern string) (func(rel string) bool, error) { return compilePattern(pattern) }
