package model

import (
	"fmt"
	"go/token"
	"go/types"
	"path"
	"testing"

	"github.com/boundcheck/boundcheck/internal/values"
)

// TestBuildDapr checks the edges of Dapr service invocations between
// three services: the SDK's InvokeMethod, a request to the sidecar's
// /v1.0/invoke API and one with a dapr-app-id header to the sidecar (on
// localhost, or on a host from DAPR_HTTP_ENDPOINT) reach the service a
// dapr.yaml gives the app-id, at the endpoint its method's path matches;
// an app-id that no deployment file gives reaches the service of that name
// and says so; one that no service has, or one the deployment gives a
// program that is no analysed service, or one from an unset variable, is
// the caller's own unknown named by the app-id. The clean look-alikes: a
// request to localhost without the header, a header on a request to an
// external host, and the invoke path on an analysed service's host.
func TestBuildDapr(t *testing.T) {
	t.Parallel()
	set := deployedSet(t, map[string]string{
		"go.mod":                  "module example.com/sys\n\ngo 1.26\n",
		"cmd/checkout/main.go":    "package main\n\nfunc main() {}\n",
		"order-processor/main.go": "package main\n\nfunc main() {}\n",
		"cmd/stock/main.go":       "package main\n\nfunc main() {}\n",
		"dapr.yaml": "version: 1\napps:\n  - appID: orders-app\n    appDirPath: ./order-processor/\n" +
			"  - appID: worker\n    appDirPath: ./worker/\n",
	})
	fset := token.NewFileSet()
	base := token.Pos(fset.AddFile("sys.go", -1, 1000).Base())
	pos := func(i int) token.Pos { return base + token.Pos(i) }
	fn := func(pkg, name string) *types.Func {
		return types.NewFunc(token.NoPos, types.NewPackage(pkg, path.Base(pkg)), name, types.NewSignatureType(nil, nil, nil, nil, nil, false))
	}
	checkoutMain := fn("example.com/sys/cmd/checkout", "main")
	lit := values.Lit
	env := func(name string) Value { return Value{Parts: []values.Part{{Env: name}}} }
	sdk := func(at int, method, appID Value, path string) Call {
		return Call{Protocol: "http", Method: method.Parts[0].Lit, URL: []Value{lit(path)}, AppID: []Value{appID}, Func: checkoutMain, Pos: pos(at)}
	}
	req := func(at int, method string, url Value, appID ...Value) Call {
		return Call{Protocol: "http", Method: method, URL: []Value{url}, AppID: appID, Func: checkoutMain, Pos: pos(at)}
	}
	calls := []Call{
		sdk(10, lit("POST"), lit("orders-app"), "/orders"),
		sdk(11, lit("GET"), lit("stock"), "/items?sku=1"),
		sdk(12, lit("GET"), lit("billing"), "/invoices"),
		sdk(13, lit("GET"), env("STOCK_APP"), "/items"),
		sdk(14, lit("POST"), lit("worker"), "/jobs"),
		req(20, "POST", lit("http://localhost:3500/v1.0/invoke/orders-app/method/orders")),
		req(21, "POST", lit("http://localhost:3500/orders"), lit("orders-app")),
		req(22, "POST", Value{Parts: []values.Part{{Env: "DAPR_HTTP_ENDPOINT"}, {Lit: "/orders"}}}, lit("orders-app")),
		req(23, "GET", Value{Parts: []values.Part{{Env: "DAPR_HOST"}, {Lit: ":"}, {Env: "DAPR_HTTP_PORT"}, {Lit: "/orders?id="}, {Unknown: "?"}}}, lit("orders-app")),
		req(30, "GET", lit("http://localhost:8080/orders")),
		req(31, "GET", lit("http://api.example.com/orders"), lit("orders-app")),
		req(32, "GET", lit("http://stock:8080/v1.0/invoke/x/method/items")),
	}
	m := Build(set, fset, []Input{
		{Path: "example.com/sys/cmd/checkout", Result: &Result{Calls: calls}},
		{Path: "example.com/sys/order-processor", Result: &Result{Endpoints: []Endpoint{{Protocol: "http", Path: "/orders", Pos: pos(50)}}}},
		{Path: "example.com/sys/cmd/stock", Result: &Result{Endpoints: []Endpoint{{Protocol: "http", Method: "GET", Path: "/items", Pos: pos(60)}}}},
	})
	var got []string
	for _, e := range m.Sync {
		to := ""
		if e.Endpoint != nil {
			to = " to " + e.Endpoint.String()
		}
		got = append(got, fmt.Sprintf("%d %s -> %s %q%s (%s)", int(e.Site-base), e.From, e.To, e.Detail, to, e.Why))
	}
	sameLines(t, "sync edges", got, []string{
		`10 checkout -> order-processor "POST /orders" to /orders (dapr app-id orders-app: app of dapr.yaml in ./order-processor/, the folder of service order-processor (dapr.yaml:3))`,
		`11 checkout -> stock "GET /items" to GET /items (dapr app-id stock: no deployment file gives it; it is the name of service stock)`,
		`12 checkout -> unknown:checkout/http/dapr app-id billing "GET /invoices" (dapr app-id billing: no deployment file gives it, and no service has its name)`,
		`13 checkout -> unknown:checkout/http/dapr app-id from STOCK_APP "GET /items" (dapr app-id from STOCK_APP, which no deployment file read sets)`,
		`14 checkout -> unknown:checkout/http/dapr app-id worker "POST /jobs" (dapr app-id worker: app of dapr.yaml in ./worker/, which is no one service's folder (dapr.yaml:5))`,
		`20 checkout -> order-processor "POST /orders" to /orders (dapr app-id orders-app: app of dapr.yaml in ./order-processor/, the folder of service order-processor (dapr.yaml:3))`,
		`21 checkout -> order-processor "POST /orders" to /orders (dapr app-id orders-app: app of dapr.yaml in ./order-processor/, the folder of service order-processor (dapr.yaml:3))`,
		`22 checkout -> order-processor "POST /orders" to /orders (dapr app-id orders-app: app of dapr.yaml in ./order-processor/, the folder of service order-processor (dapr.yaml:3))`,
		`23 checkout -> order-processor "GET /orders" to /orders (dapr app-id orders-app: app of dapr.yaml in ./order-processor/, the folder of service order-processor (dapr.yaml:3))`,
		`30 checkout -> external:localhost (checkout) "GET /orders" ()`,
		`31 checkout -> external:api.example.com "GET /orders" ()`,
		`32 checkout -> stock "GET /v1.0/invoke/x/method/items" ()`,
	})
}
