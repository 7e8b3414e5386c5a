package notimeout

import (
	"slices"
	"testing"
)

// TestServiceReaches checks which reached calls a handler of a service
// keeps: those in packages it runs and those in packages no service owns
// or uses; a call in another service's package (reached through an
// interface call in shared code) is dropped.
func TestServiceReaches(t *testing.T) {
	owner := map[string][]string{"shop/customers/repo": {"customers"}, "shop/baskets/repo": {"baskets"}, "shop/orders/repo": {"orders"}}
	services := func(pkg string) []string { return owner[pkg] }
	runs := func(pkg, svc string) bool {
		return slices.Contains(owner[pkg], svc) || pkg == "shop/orders/repo" && svc == "customers" // customers imports orders' repo
	}
	rs := []Reach{
		{Call: "own", Pkg: "shop/customers/repo"},
		{Call: "other", Pkg: "shop/baskets/repo"},
		{Call: "imported", Pkg: "shop/orders/repo"},
		{Call: "nobody's", Pkg: "shop/tools"},
		{Call: "unknown package"},
	}
	var got []string
	for _, r := range serviceReaches(rs, []string{"customers"}, services, runs, nil) {
		got = append(got, r.Call)
	}
	if want := []string{"own", "imported", "nobody's", "unknown package"}; !slices.Equal(got, want) {
		t.Errorf("kept %q, want %q", got, want)
	}
	if all := serviceReaches(rs, nil, services, runs, nil); len(all) != len(rs) {
		t.Errorf("without a service: kept %d of %d", len(all), len(rs))
	}
}
