package crossimport_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/crossimport"
	"github.com/boundcheck/boundcheck/rules"
	rconfig "github.com/boundcheck/boundcheck/rules/config"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// TestShop runs on one module discovered by convention: cmd/<svc> mains,
// services/<svc> folders, shared pkg/ libraries, in-package and external
// test files, a shared package that leaks, and an unowned one that is not checked.
func TestShop(t *testing.T) {
	set := compile(t, "shop", "")
	wantPlaces(t, set, map[string]string{
		"shop/services/gateway":       "internal gateway",
		"shop/services/orders/api":    "api orders",
		"shop/services/orders/domain": "internal orders",
		"shop/services/payments/api":  "api payments",
		"shop/pkg/log":                "shared ",
		"shop/pkg/leaky":              "shared ",
		"shop/lib/ordersutil":         "unowned ",
	})
	analysistest.Run(t, analysistest.TestData(), crossimport.New(set), "shop/...")
}

// TestMulti runs on a repository of several go.mod files: each module with
// one main package is a service, a module without one holds shared code.
func TestMulti(t *testing.T) {
	set := compile(t, "multi", "")
	wantPlaces(t, set, map[string]string{
		"multi/gateway/handler": "internal gateway",
		"multi/orders/domain":   "internal orders",
		"multi/orders/api":      "api orders",
		"multi/common/log":      "shared ",
	})
	analysistest.Run(t, analysistest.TestData(), crossimport.New(set), "multi/...")
}

// TestMall runs on a modular monolith split into services (issue 11): each
// module has its own main and a contract named after it (storespb), one
// main wires every module into a monolith binary, and a load generator
// reaches into a module. Only the look-alike of a contract (basketsdb) is
// reported.
func TestMall(t *testing.T) {
	set := compile(t, "mall", "")
	wantPlaces(t, set, map[string]string{
		"mall/stores":              "internal stores",
		"mall/stores/storespb":     "api stores",
		"mall/baskets/basketspb":   "api baskets",
		"mall/baskets/basketsdb":   "internal baskets",
		"mall/cmd/mallbots":        "unowned ",
		"mall/cmd/mallbots/system": "unowned ",
		"mall/cmd/loadgen":         "unowned ",
		"mall/internal/am":         "shared ",
	})
	analysistest.Run(t, analysistest.TestData(), crossimport.New(set), "mall/...")
}

// TestConfigured runs on a tree whose services only the config names: its
// packages, api, shared and ignore patterns are the truth.
func TestConfigured(t *testing.T) {
	set := compile(t, "configured", "boundcheck.yaml")
	wantPlaces(t, set, map[string]string{
		"configured/bin/invoicer":              "internal billing",
		"configured/modules/billing/public":    "api billing",
		"configured/modules/shipping/proto":    "internal shipping",
		"configured/modules/shipping/tracking": "api shipping",
		"configured/platform/clock":            "shared ",
		"configured/tools/migrate":             "ignored ",
	})
	analysistest.Run(t, analysistest.TestData(), crossimport.New(set), "configured/...")
}

// compile builds the rule set of testdata/src/<name>, from the config file
// config in that folder, or by convention when config is "".
func compile(t *testing.T, name, config string) *rules.Set {
	t.Helper()
	dir := filepath.Join(analysistest.TestData(), "src", name)
	tree, err := rtree.ScanTreeAs(dir, name)
	if err != nil {
		t.Fatal(err)
	}
	if len(tree.Problems) > 0 {
		t.Fatalf("scanning %s: %v", name, tree.Problems)
	}
	var cfg *rconfig.Config
	if config != "" {
		if cfg, err = rconfig.LoadConfig(filepath.Join(dir, config), []rconfig.CheckSpec{crossimport.Check.Spec()}); err != nil {
			t.Fatal(err)
		}
	}
	set, err := rules.Compile(tree, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// wantPlaces checks the model the case relies on, so that a clean line stays
// clean for the reason its comment gives: want maps import path to
// "role service".
func wantPlaces(t *testing.T, set *rules.Set, want map[string]string) {
	t.Helper()
	for path, w := range want {
		info := set.Lookup(path)
		if info == nil {
			t.Errorf("%s: not in the model", path)
			continue
		}
		if got := info.Role.String() + " " + info.Service; got != w {
			t.Errorf("%s: got %q, want %q (%s)", path, got, w, info.Rule)
		}
	}
}
