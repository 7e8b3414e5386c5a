package rules

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// goSrc returns a Go file of package name that imports paths.
func goSrc(name string, imports ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n", name)
	for _, p := range imports {
		fmt.Fprintf(&b, "\nimport _ %q\n", p)
	}
	return b.String()
}

// goMod returns a go.mod for module path.
func goMod(path string) string { return "module " + path + "\n\ngo 1.26\n" }

// writeTree writes files (slash-separated path → content) below dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// discoverModel is what discovery found, in terms a table can spell out.
type discoverModel struct {
	// Services maps service name to the folders of its main packages.
	Services map[string][]string
	// Places maps every package folder to "ROLE SERVICE" for owned packages
	// and "ROLE [USERS]" for the others.
	Places map[string]string
	// Skipped lists the folders of main packages that are not services.
	Skipped []string
}

func modelOf(s *Set) discoverModel {
	m := discoverModel{Services: map[string][]string{}, Places: map[string]string{}}
	for _, svc := range s.Services {
		mains := []string{}
		for _, p := range svc.Mains {
			mains = append(mains, s.Lookup(p).Rel)
		}
		m.Services[svc.Name] = mains
	}
	for _, info := range s.Packages {
		if info.Service != "" {
			m.Places[info.Rel] = info.Role.String() + " " + info.Service
		} else {
			m.Places[info.Rel] = info.Role.String() + " [" + strings.Join(info.UsedBy, " ") + "]"
		}
	}
	for _, sk := range s.Skipped {
		m.Skipped = append(m.Skipped, sk.Rel)
	}
	return m
}

// compareModels reports each difference between got and want on its own line.
func compareModels(t *testing.T, s *Set, got, want discoverModel) {
	t.Helper()
	if !reflect.DeepEqual(got.Services, want.Services) {
		t.Errorf("services:\n got  %v\n want %v", got.Services, want.Services)
	}
	keys := map[string]bool{}
	for k := range got.Places {
		keys[k] = true
	}
	for k := range want.Places {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		g, ok := got.Places[k]
		if !ok {
			g = "(not in the model)"
		}
		w, ok := want.Places[k]
		if !ok {
			w = "(not in the model)"
		}
		if g != w {
			why := ""
			for _, info := range s.Packages {
				if info.Rel == k {
					why = info.Rule
				}
			}
			t.Errorf("%s: got %q, want %q (rule: %s)", k, g, w, why)
		}
	}
	if !reflect.DeepEqual(got.Skipped, want.Skipped) {
		t.Errorf("skipped mains: got %q, want %q", got.Skipped, want.Skipped)
	}
}

// loadTree scans the tree for a run started in dir, as Load does, and
// compiles it by convention.
func loadTree(t *testing.T, dir string) *Set {
	t.Helper()
	root, work, err := FindRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := ScanTree(root, work)
	if err != nil {
		t.Fatal(err)
	}
	if len(tree.Problems) > 0 {
		t.Errorf("tree problems: %v", tree.Problems)
	}
	set, err := Compile(tree, nil)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestDiscover(t *testing.T) {
	const (
		shop   = "example.com/shop"
		demo   = "github.com/demo/microservices-demo/src"
		mall   = "github.com/mall"
		ww     = "github.com/threedotslabs/wild-workouts"
		single = "example.com/single"
	)
	tests := []struct {
		name  string
		files map[string]string
		start string // folder the run starts in, relative to the tree; "" for its top
		want  discoverModel
	}{{
		// One module: cmd/<svc> mains, their code under internal/<svc> and
		// services/<svc>, shared libraries under pkg/, generated code in a
		// top-level proto/gen, and internal/pkg, which is no service.
		name: "single module with cmd, internal, services, pkg and proto/gen",
		files: map[string]string{
			"go.mod":                             goMod(shop),
			"cmd/orders/main.go":                 goSrc("main", shop+"/internal/orders/store", shop+"/pkg/log", shop+"/proto/gen/orderspb", shop+"/internal/pkg/retry"),
			"cmd/gateway/main.go":                goSrc("main", shop+"/internal/gateway/handler"),
			"cmd/payments/main.go":               goSrc("main", shop+"/services/payments/charge"),
			"internal/orders/store/store.go":     goSrc("store"),
			"internal/gateway/handler/h.go":      goSrc("handler", shop+"/pkg/log", shop+"/proto/gen/orderspb", shop+"/internal/pkg/retry", shop+"/services/payments/api"),
			"services/payments/charge/charge.go": goSrc("charge", shop+"/proto/gen/orderspb", shop+"/internal/pkg/xlog", shop+"/services/payments/api"),
			"services/payments/api/api.go":       goSrc("api"),
			"pkg/log/log.go":                     goSrc("log"),
			"pkg/unused/unused.go":               goSrc("unused"),
			"proto/gen/orderspb/orders.pb.go":    goSrc("orderspb"),
			"internal/pkg/retry/retry.go":        goSrc("retry"),
			"internal/pkg/xlog/xlog.go":          goSrc("xlog"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"gateway":  {"cmd/gateway"},
				"orders":   {"cmd/orders"},
				"payments": {"cmd/payments"},
			},
			Places: map[string]string{
				"cmd/gateway":              "internal gateway",
				"cmd/orders":               "internal orders",
				"cmd/payments":             "internal payments",
				"internal/gateway/handler": "internal gateway",
				"internal/orders/store":    "internal orders",
				"services/payments/charge": "internal payments",
				"services/payments/api":    "api payments",
				"pkg/log":                  "shared [gateway orders]",
				"pkg/unused":               "unowned []",
				"proto/gen/orderspb":       "shared [gateway orders payments]",
				"internal/pkg/retry":       "shared [gateway orders]",
				"internal/pkg/xlog":        "unowned [payments]",
			},
		},
	}, {
		// A main that is a tool inside internal/pkg names itself, not "pkg",
		// and claims only its own folder.
		name: "main inside internal/pkg does not make internal/pkg a service",
		files: map[string]string{
			"go.mod":                          goMod(shop),
			"cmd/orders/main.go":              goSrc("main", shop+"/internal/pkg/retry"),
			"cmd/gateway/main.go":             goSrc("main", shop+"/internal/pkg/retry"),
			"internal/pkg/retry/retry.go":     goSrc("retry"),
			"internal/pkg/codegen/main.go":    goSrc("main"),
			"internal/pkg/codegen/tmpl.go":    goSrc("main"),
			"internal/pkg/strutil/strutil.go": goSrc("strutil"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"codegen": {"internal/pkg/codegen"},
				"gateway": {"cmd/gateway"},
				"orders":  {"cmd/orders"},
			},
			Places: map[string]string{
				"cmd/gateway":          "internal gateway",
				"cmd/orders":           "internal orders",
				"internal/pkg/codegen": "internal codegen",
				"internal/pkg/retry":   "shared [gateway orders]",
				"internal/pkg/strutil": "unowned []",
			},
		},
	}, {
		// internal/services/orders: "services" is a service root behind a
		// container folder, not a service of its own.
		name: "service root behind a container folder",
		files: map[string]string{
			"go.mod":                                 goMod(shop),
			"internal/services/orders/main.go":       goSrc("main"),
			"internal/services/orders/db/db.go":      goSrc("db"),
			"internal/services/payments/main.go":     goSrc("main"),
			"internal/services/payments/client/c.go": goSrc("client"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"orders":   {"internal/services/orders"},
				"payments": {"internal/services/payments"},
			},
			Places: map[string]string{
				"internal/services/orders":          "internal orders",
				"internal/services/orders/db":       "internal orders",
				"internal/services/payments":        "internal payments",
				"internal/services/payments/client": "api payments",
			},
		},
	}, {
		// Several go.mod files, none at the root and no go.work: each module
		// under src/ has its main at the module root and its own genproto.
		// An example with a go.work of its own is another program, even
		// though it reuses a service's module path.
		name: "modules under src without go.mod or go.work at the root",
		files: map[string]string{
			"src/checkoutservice/go.mod":              goMod(demo + "/checkoutservice"),
			"src/checkoutservice/main.go":             goSrc("main", demo+"/checkoutservice/genproto", demo+"/checkoutservice/money"),
			"src/checkoutservice/genproto/demo.pb.go": goSrc("hipstershop"),
			"src/checkoutservice/money/money.go":      goSrc("money", demo+"/checkoutservice/genproto"),
			"src/frontend/go.mod":                     goMod(demo + "/frontend"),
			"src/frontend/main.go":                    goSrc("main", demo+"/frontend/genproto"),
			"src/frontend/handlers.go":                goSrc("main"),
			"src/frontend/genproto/demo.pb.go":        goSrc("hipstershop"),
			"src/frontend/validator/validator.go":     goSrc("validator"),
			"src/shippingservice/go.mod":              goMod(demo + "/shippingservice"),
			"src/shippingservice/main.go":             goSrc("main", demo+"/shippingservice/genproto"),
			"src/shippingservice/genproto/demo.pb.go": goSrc("hipstershop"),
			"examples/quickstart/go.work":             "go 1.26\n\nuse .\n",
			"examples/quickstart/go.mod":              goMod(demo + "/checkoutservice"),
			"examples/quickstart/main.go":             goSrc("main"),
			"examples/quickstart/client/client.go":    goSrc("client"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"checkoutservice": {"src/checkoutservice"},
				"frontend":        {"src/frontend"},
				"shippingservice": {"src/shippingservice"},
			},
			Places: map[string]string{
				"src/checkoutservice":          "internal checkoutservice",
				"src/checkoutservice/genproto": "api checkoutservice",
				"src/checkoutservice/money":    "internal checkoutservice",
				"src/frontend":                 "internal frontend",
				"src/frontend/genproto":        "api frontend",
				"src/frontend/validator":       "internal frontend",
				"src/shippingservice":          "internal shippingservice",
				"src/shippingservice/genproto": "api shippingservice",
			},
		},
	}, {
		// In a repository of several modules, a module whose only main
		// package sits in a folder named after the binary is one service
		// named after the module's folder (or, when that folder's name is
		// generic, after the module path); a module with two mains is not.
		name: "module with one main is a service whatever its main's folder",
		files: map[string]string{
			"billing-svc/go.mod":               goMod("example.com/billing"),
			"billing-svc/cmd/invoicer/main.go": goSrc("main", "example.com/billing/ledger"),
			"billing-svc/ledger/ledger.go":     goSrc("ledger"),
			"billing-svc/client/client.go":     goSrc("client"),
			"server/go.mod":                    goMod("example.com/mono/orders"),
			"server/main.go":                   goSrc("main", "example.com/mono/orders/store", "example.com/billing/client"),
			"server/store/store.go":            goSrc("store"),
			"edge/go.mod":                      goMod("example.com/edge"),
			"edge/cmd/web/main.go":             goSrc("main", "example.com/billing/client"),
			"edge/cmd/admin/main.go":           goSrc("main", "example.com/edge/auth"),
			"edge/auth/auth.go":                goSrc("auth"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"admin":       {"edge/cmd/admin"},
				"billing-svc": {"billing-svc/cmd/invoicer"},
				"orders":      {"server"},
				"web":         {"edge/cmd/web"},
			},
			Places: map[string]string{
				"billing-svc/cmd/invoicer": "internal billing-svc",
				"billing-svc/client":       "api billing-svc",
				"billing-svc/ledger":       "internal billing-svc",
				"server":                   "internal orders",
				"server/store":             "internal orders",
				"edge/cmd/admin":           "internal admin",
				"edge/cmd/web":             "internal web",
				"edge/auth":                "unowned [admin]",
			},
		},
	}, {
		// A go.work at the root lists the modules; a tutorial folder with its
		// own go.work and go.mod reuses their module paths and is another
		// program, as is a module the workspace does not use.
		name:  "go.work with nested tutorial workspace",
		files: gomall(mall),
		want:  gomallModel,
	}, {
		name:  "go.work, run started inside a used module",
		files: gomall(mall),
		start: "app/cart/biz/service",
		want:  gomallModel,
	}, {
		// Run inside the tutorial, its own go.work is the workspace.
		name:  "go.work, run started inside the nested tutorial workspace",
		files: gomall(mall),
		start: "tutorial/ch01",
		want: discoverModel{
			Services: map[string][]string{"cart": {"."}},
			// A main at the module root owns only its own package.
			Places: map[string]string{".": "internal cart", "biz/service": "unowned []", "conf": "unowned []"},
		},
	}, {
		// Modules under internal/ with a main at each module root; a shared
		// module internal/common whose genproto/trainer belongs to no service;
		// a tools module whose main is no service.
		name: "modules under internal with a common module and tools",
		files: map[string]string{
			"internal/trainer/go.mod":                     goMod(ww + "/internal/trainer"),
			"internal/trainer/main.go":                    goSrc("main", ww+"/internal/trainer/ports", ww+"/internal/common/genproto/trainer"),
			"internal/trainer/ports/grpc.go":              goSrc("ports", ww+"/internal/common/genproto/trainer"),
			"internal/trainings/go.mod":                   goMod(ww + "/internal/trainings"),
			"internal/trainings/main.go":                  goSrc("main", ww+"/internal/trainings/adapters"),
			"internal/trainings/adapters/trainer_grpc.go": goSrc("adapters", ww+"/internal/common/genproto/trainer", ww+"/internal/common/genproto/users", ww+"/internal/common/logs"),
			"internal/users/go.mod":                       goMod(ww + "/internal/users"),
			"internal/users/main.go":                      goSrc("main", ww+"/internal/common/genproto/users", ww+"/internal/common/logs"),
			"internal/common/go.mod":                      goMod(ww + "/internal/common"),
			"internal/common/genproto/trainer/t.pb.go":    goSrc("trainer"),
			"internal/common/genproto/users/u.pb.go":      goSrc("users"),
			"internal/common/logs/logs.go":                goSrc("logs"),
			"internal/common/server/http.go":              goSrc("server", ww+"/internal/common/logs"),
			"tools/c4/go.mod":                             goMod(ww + "/tools/c4"),
			"tools/c4/main.go":                            goSrc("main"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"trainer":   {"internal/trainer"},
				"trainings": {"internal/trainings"},
				"users":     {"internal/users"},
			},
			Places: map[string]string{
				"internal/trainer":                 "internal trainer",
				"internal/trainer/ports":           "internal trainer",
				"internal/trainings":               "internal trainings",
				"internal/trainings/adapters":      "internal trainings",
				"internal/users":                   "internal users",
				"internal/common/genproto/trainer": "shared [trainer trainings]",
				"internal/common/genproto/users":   "shared [trainings users]",
				"internal/common/logs":             "shared [trainings users]",
				"internal/common/server":           "unowned []",
				"tools/c4":                         "unowned []",
			},
			Skipped: []string{"tools/c4"},
		},
	}, {
		// A main several levels down a service folder names the service
		// after the folder under services/, which it owns whole.
		name: "services/orders/cmd/server",
		files: map[string]string{
			"go.mod":                                 goMod(single),
			"services/orders/cmd/server/main.go":     goSrc("main", single+"/services/orders/internal/db"),
			"services/orders/cmd/migrate/main.go":    goSrc("main", single+"/services/orders/internal/db"),
			"services/orders/internal/db/db.go":      goSrc("db"),
			"services/orders/api/v1/orders.go":       goSrc("v1"),
			"services/orders/orders.go":              goSrc("orders"),
			"services/billing/cmd/server/main.go":    goSrc("main", single+"/services/orders/api/v1"),
			"services/billing/pb/billing.pb.go":      goSrc("pb"),
			"services/billing/internal/calc/calc.go": goSrc("calc"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"billing": {"services/billing/cmd/server"},
				"orders":  {"services/orders/cmd/migrate", "services/orders/cmd/server"},
			},
			Places: map[string]string{
				"services/billing/cmd/server":    "internal billing",
				"services/billing/internal/calc": "internal billing",
				"services/billing/pb":            "api billing",
				"services/orders":                "internal orders",
				"services/orders/api/v1":         "api orders",
				"services/orders/cmd/migrate":    "internal orders",
				"services/orders/cmd/server":     "internal orders",
				"services/orders/internal/db":    "internal orders",
			},
		},
	}, {
		// A generator with //go:build ignore in a library folder does not
		// make the folder a main package; a folder holding only such a file
		// is no package at all.
		name: "go:build ignore main in a library folder",
		files: map[string]string{
			"go.mod":              goMod(single),
			"cmd/orders/main.go":  goSrc("main", single+"/pkg/codes"),
			"cmd/billing/main.go": goSrc("main", single+"/pkg/codes"),
			"pkg/codes/codes.go":  goSrc("codes"),
			"pkg/codes/gen.go":    "//go:build ignore\n\n" + goSrc("main", "os"),
			"pkg/gen/gen.go":      "//go:build ignore\n\n// Command gen writes codes.go.\npackage main\n",
		},
		want: discoverModel{
			Services: map[string][]string{
				"billing": {"cmd/billing"},
				"orders":  {"cmd/orders"},
			},
			Places: map[string]string{
				"cmd/billing": "internal billing",
				"cmd/orders":  "internal orders",
				"pkg/codes":   "shared [billing orders]",
			},
		},
	}, {
		// Two mains in folders of the same name under service roots make one
		// service with two mains (cmd/orders and services/orders); two named
		// by their own folders elsewhere (billing/worker, shipping/worker) are
		// two deployables, qualified by the folder above.
		name: "two mains with the same folder name",
		files: map[string]string{
			"go.mod":                     goMod(single),
			"cmd/orders/main.go":         goSrc("main"),
			"services/orders/main.go":    goSrc("main", single+"/services/orders/store"),
			"services/orders/store/s.go": goSrc("store"),
			"billing/worker/main.go":     goSrc("main", single+"/billing/worker/queue"),
			"billing/worker/queue/q.go":  goSrc("queue"),
			"shipping/worker/main.go":    goSrc("main"),
		},
		want: discoverModel{
			Services: map[string][]string{
				"orders":          {"cmd/orders", "services/orders"},
				"billing-worker":  {"billing/worker"},
				"shipping-worker": {"shipping/worker"},
			},
			Places: map[string]string{
				"billing/worker":        "internal billing-worker",
				"billing/worker/queue":  "internal billing-worker",
				"cmd/orders":            "internal orders",
				"services/orders":       "internal orders",
				"services/orders/store": "internal orders",
				"shipping/worker":       "internal shipping-worker",
			},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOWORK", "")
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			set := loadTree(t, filepath.Join(dir, filepath.FromSlash(tt.start)))
			compareModels(t, set, modelOf(set), tt.want)
		})
	}
}

// gomall is a workspace in the shape of cloudwego's biz-demo gomall: a
// go.work at the root using app modules, a common module and rpc_gen (written
// without "./"), plus a tutorial chapter that is a workspace of its own and
// reuses the module path of app/cart, and a module the workspace leaves out.
func gomall(mall string) map[string]string {
	return map[string]string{
		"go.work":                           "go 1.26\n\nuse (\n\t./app/cart\n\t./app/checkout\n\t./common\n\trpc_gen\n)\n",
		"app/cart/go.mod":                   goMod(mall + "/app/cart"),
		"app/cart/main.go":                  goSrc("main", mall+"/app/cart/biz/service", mall+"/common/mtl"),
		"app/cart/biz/service/cart.go":      goSrc("service", mall+"/rpc_gen/kitex_gen/cart"),
		"app/checkout/go.mod":               goMod(mall + "/app/checkout"),
		"app/checkout/main.go":              goSrc("main", mall+"/app/checkout/biz/service", mall+"/common/mtl"),
		"app/checkout/biz/service/co.go":    goSrc("service", mall+"/rpc_gen/kitex_gen/cart", mall+"/rpc_gen/kitex_gen/checkout"),
		"common/go.mod":                     goMod(mall + "/common"),
		"common/mtl/metrics.go":             goSrc("mtl"),
		"rpc_gen/go.mod":                    goMod(mall + "/rpc_gen"),
		"rpc_gen/kitex_gen/cart/cart.go":    goSrc("cart"),
		"rpc_gen/kitex_gen/checkout/co.go":  goSrc("checkout"),
		"tutorial/ch01/go.work":             "go 1.26\n\nuse .\n",
		"tutorial/ch01/go.mod":              goMod(mall + "/app/cart"),
		"tutorial/ch01/main.go":             goSrc("main"),
		"tutorial/ch01/biz/service/cart.go": goSrc("service"),
		"tutorial/ch01/conf/conf.go":        goSrc("conf"),
		"scripts/release/go.mod":            goMod(mall + "/scripts/release"),
		"scripts/release/main.go":           goSrc("main"),
	}
}

var gomallModel = discoverModel{
	Services: map[string][]string{
		"cart":     {"app/cart"},
		"checkout": {"app/checkout"},
	},
	Places: map[string]string{
		"app/cart":                   "internal cart",
		"app/cart/biz/service":       "internal cart",
		"app/checkout":               "internal checkout",
		"app/checkout/biz/service":   "internal checkout",
		"common/mtl":                 "shared [cart checkout]",
		"rpc_gen/kitex_gen/cart":     "shared [cart checkout]",
		"rpc_gen/kitex_gen/checkout": "unowned [checkout]",
	},
}

func TestCompileConfigErrors(t *testing.T) {
	const mod = "example.com/shop"
	files := map[string]string{
		"go.mod":                         goMod(mod),
		"cmd/orders/main.go":             goSrc("main"),
		"cmd/payments/main.go":           goSrc("main"),
		"services/orders/store/store.go": goSrc("store"),
		"services/orders/api/api.go":     goSrc("api"),
		"services/payments/charge/c.go":  goSrc("charge"),
		"pkg/log/log.go":                 goSrc("log"),
	}
	tests := []struct {
		name   string
		config string
		want   []string // "line:col: message" of each error, in order
	}{{
		name: "pattern that matches no package",
		config: `version: 1
services:
  orders:
    packages: ["./services/orders/...", "./cmd/ordres"]
`,
		want: []string{`4:41: pattern "./cmd/ordres" matches no package; patterns are relative to the config file's folder`},
	}, {
		name: "package matched by two services",
		config: `version: 1
services:
  orders:
    packages: ["./services/...", "./cmd/orders"]
  payments:
    packages:
      - ./cmd/payments
      - ./services/payments/...
`,
		want: []string{`8:9: package example.com/shop/services/payments/charge is matched by service orders ("./services/...", boundcheck.yaml:4) and by service payments ("./services/payments/..."); give it to one`},
	}, {
		name: "shared pattern matching a service's package",
		config: `version: 1
services:
  orders:
    packages: ["./services/orders/...", "./cmd/orders"]
shared: ["./pkg/...", "./services/orders/api"]
`,
		want: []string{`5:23: package example.com/shop/services/orders/api is listed as shared but belongs to service orders ("./services/orders/...", boundcheck.yaml:4)`},
	}, {
		name: "every error, sorted by position",
		config: `version: 1
shared: ["./services/orders/api", "./gen/..."]
services:
  orders:
    packages: ["./services/orders/...", "./cmd/orders"]
    api: ["./services/orders/v2/..."]
  payments:
    packages: ["./services/...", "./cmd/payments"]
`,
		want: []string{
			`2:10: package example.com/shop/services/orders/api is listed as shared but belongs to service orders ("./services/orders/...", boundcheck.yaml:5)`,
			`2:35: pattern "./gen/..." matches no package; patterns are relative to the config file's folder`,
			`6:11: pattern "./services/orders/v2/..." matches no package; patterns are relative to the config file's folder`,
			`8:16: package example.com/shop/services/orders/api is matched by service orders ("./services/orders/...", boundcheck.yaml:5) and by service payments ("./services/..."); give it to one`,
			`8:16: package example.com/shop/services/orders/store is matched by service orders ("./services/orders/...", boundcheck.yaml:5) and by service payments ("./services/..."); give it to one`,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, files)
			writeTree(t, dir, map[string]string{"boundcheck.yaml": tt.config})
			cfgFile := filepath.Join(dir, "boundcheck.yaml")
			cfg, err := LoadConfig(cfgFile)
			if err != nil {
				t.Fatalf("LoadConfig: %v", err)
			}
			tree, err := ScanTree(dir, "")
			if err != nil {
				t.Fatal(err)
			}
			set, err := Compile(tree, cfg)
			if err == nil {
				t.Fatalf("Compile succeeded with services %v, want errors", modelOf(set).Services)
			}
			var errs ConfigErrors
			if !errors.As(err, &errs) {
				t.Fatalf("Compile error is %T (%v), want ConfigErrors", err, err)
			}
			var got []string
			for _, e := range errs {
				if e.Pos.File != cfgFile {
					t.Errorf("error in file %q, want %q: %v", e.Pos.File, cfgFile, e)
				}
				got = append(got, fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Col, e.Msg))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("errors:\n got  %s\n want %s", strings.Join(got, "\n      "), strings.Join(tt.want, "\n      "))
			}
			if !strings.HasPrefix(err.Error(), cfgFile+":") {
				t.Errorf("error %q does not start with the config file's path", err)
			}
		})
	}
}

// TestCompileConfigRelative checks that patterns are relative to the config
// file's folder, whatever folder the tree is scanned from.
func TestCompileConfigRelative(t *testing.T) {
	const mod = "example.com/repo"
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":                          goMod(mod),
		"backend/boundcheck.yaml":         "version: 1\nservices:\n  orders:\n    packages: [\"./orders/...\"]\n    api: [\"./orders/public\"]\nshared: [\"./lib/...\"]\n",
		"backend/orders/main.go":          goSrc("main", mod+"/backend/lib/log"),
		"backend/orders/public/public.go": goSrc("public"),
		"backend/orders/proto/p.go":       goSrc("proto"),
		"backend/lib/log/log.go":          goSrc("log"),
	})
	cfg, err := LoadConfig(filepath.Join(dir, "backend", "boundcheck.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tree, err := ScanTree(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(tree, cfg)
	if err != nil {
		t.Fatal(err)
	}
	compareModels(t, set, modelOf(set), discoverModel{
		Services: map[string][]string{"orders": {"backend/orders"}},
		Places: map[string]string{
			"backend/orders":        "internal orders",
			"backend/orders/public": "api orders",
			"backend/orders/proto":  "internal orders", // an explicit api list replaces the convention
			"backend/lib/log":       "shared [orders]",
		},
	})
}
