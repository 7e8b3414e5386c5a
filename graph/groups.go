package graph

import (
	"path"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// serviceGroups returns the group each service is drawn in. A config
// that gives any service a group decides alone. Otherwise a service's
// group is the folder that holds its own folder (payments/ledger and
// payments/fraud are both in payments), but only when that puts the
// services in more than one group: services/orders and services/users
// make no useful clusters.
func serviceGroups(set *rules.Set) map[string]string {
	groups := make(map[string]string)
	for _, svc := range set.Services {
		if svc.Group != "" {
			groups[svc.Name] = svc.Group
		}
	}
	if len(groups) > 0 {
		return groups
	}
	rel := make(map[string]string)
	for _, info := range set.Packages {
		rel[info.Path] = info.Rel
	}
	distinct := make(map[string]bool)
	for _, svc := range set.Services {
		var dirs []string
		for _, p := range svc.Packages {
			if r, ok := rel[p]; ok && !slices.Contains(svc.API, p) {
				dirs = append(dirs, r)
			}
		}
		root := commonDir(dirs)
		if root == "" || root == "." {
			continue
		}
		if g := path.Dir(root); g != "." {
			groups[svc.Name] = g
			distinct[g] = true
		}
	}
	if len(distinct) < 2 {
		return nil
	}
	return groups
}

// commonDir returns the longest folder that holds every one of dirs
// (slash-separated, relative), "" when there are none or they share none.
func commonDir(dirs []string) string {
	if len(dirs) == 0 {
		return ""
	}
	common := strings.Split(dirs[0], "/")
	for _, d := range dirs[1:] {
		parts := strings.Split(d, "/")
		n := 0
		for n < len(common) && n < len(parts) && common[n] == parts[n] {
			n++
		}
		common = common[:n]
	}
	return strings.Join(common, "/")
}

// longestChains returns, for each service, the longest endpoint-level
// synchronous call chain it takes part in, as the services along it and
// the endpoint each hop calls ("" where unknown); the first such chain in
// the model's order when several are as long.
func longestChains(m *model.Model) (services, endpoints map[string][]string) {
	services, endpoints = make(map[string][]string), make(map[string][]string)
	for _, ch := range model.Chains(m, 0) {
		names := []string{ch[0].From}
		var eps []string
		for _, e := range ch {
			names = append(names, e.To)
			ep := ""
			if e.Endpoint != nil {
				ep = e.Endpoint.String()
			}
			eps = append(eps, ep)
		}
		for _, n := range names {
			if len(names) > len(services[n]) {
				services[n], endpoints[n] = names, eps
			}
		}
	}
	return services, endpoints
}
