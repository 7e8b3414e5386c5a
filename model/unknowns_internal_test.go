package model

import (
	"fmt"
	"go/token"
	"go/types"
	"path"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// TestBuildUnknowns checks that what cannot be resolved stays unknown and
// apart: two services whose HTTP host, gRPC target, DSN and NATS subject
// come from variables no deployment sets get one unknown each, never a
// shared node, and an unknown subject matches no subscriber, not even
// ">"; a gRPC call without a target goes to the one deployed service named
// like its proto service, and to none when two are. The clean look-alikes:
// a resolved host, a DSN both services share, and a known subject that a
// wildcard subscription receives. A gRPC connection with several candidate
// addresses that do not agree is unknown too; when they agree, resolved.
func TestBuildUnknowns(t *testing.T) {
	t.Parallel()
	set := unknownsSet(t)
	fset := token.NewFileSet()
	base := token.Pos(fset.AddFile("sys.go", -1, 1000).Base())
	pos := func(i int) token.Pos { return base + token.Pos(i) }
	fn := func(pkg, name string) *types.Func {
		return types.NewFunc(token.NoPos, types.NewPackage(pkg, path.Base(pkg)), name, types.NewSignatureType(nil, nil, nil, nil, nil, false))
	}
	webMain, adminMain := fn("example.com/sys/cmd/web", "main"), fn("example.com/sys/cmd/admin", "main")
	env := func(name string) values.Part { return values.Part{Env: name} }
	lit := func(s string) values.Part { return values.Part{Lit: s} }
	val := func(ps ...values.Part) Value { return Value{Parts: ps} }
	cartURL := val(env("CART_URL"), lit("/carts/"), values.Part{Unknown: "?"})
	grpc := func(svc, method string, at token.Pos, target ...Value) Call {
		return Call{Protocol: "grpc", Method: method, GRPCService: svc, GRPCMethod: "/" + svc + "/" + method, Target: target, Pos: at}
	}
	pg := func(at token.Pos, addr Value) Datastore {
		return Datastore{Protocol: "sql", Role: catalog.DataConnect, Engine: "postgres", Addr: []Value{addr}, Pos: at}
	}
	nats := func(role string, at token.Pos, dest Value) Message {
		return Message{Protocol: "nats", Role: role, Destination: []Value{dest}, Pos: at}
	}
	service := func(main *types.Func, calls []Call, data []Datastore, msgs []Message) *Result {
		for i := range calls {
			calls[i].Func = main
		}
		for i := range data {
			data[i].Func = main
		}
		for i := range msgs {
			msgs[i].Func = main
		}
		return &Result{Calls: calls, Datastores: data, Messages: msgs}
	}
	web := service(webMain, []Call{
		{Protocol: "http", Method: "GET", URL: []Value{cartURL}, Pos: pos(10)},
		grpc("hipstershop.CartService", "GetCart", pos(11), val(env("CART_ADDR"))),
		grpc("hipstershop.AdService", "GetAds", pos(12), val(env("AD_ADDR"))),
		grpc("hipstershop.CurrencyService", "Convert", pos(13)),
		{Protocol: "http", Method: "GET", URL: []Value{values.Lit("http://admin:8080/stats")}, Pos: pos(14)},
		{Protocol: "http", Method: "POST", URL: []Value{values.Lit("http://localhost:3500/v1.0/state")}, Pos: pos(21)},
		{Protocol: "http", Method: "GET", URL: []Value{values.Lit("http://api.example.com/rates")}, Pos: pos(22)},
		// A connection a helper makes from one of several addresses:
		// which one this call uses cannot be told, unless they agree.
		grpc("hipstershop.PaymentService", "Charge", pos(24), values.Lit("admin:9090"), val(env("PAY_ADDR"))),
		grpc("hipstershop.ShippingService", "Ship", pos(25), values.Lit("admin:9090"), values.Lit("admin:9091")),
		// A call of web's own host: no edge, a self call.
		{Protocol: "http", Method: "GET", URL: []Value{values.Lit("http://web:8080/health")}, Pos: pos(26)},
		// A default whose host a placeholder fills in at run time
		// (strings.ReplaceAll(v, "<NS>", ns)): unknown, not a host "rates.{?}".
		{Protocol: "http", Method: "GET", URL: []Value{val(values.Part{Env: "RATES_URL", HasDefault: true, Default: "http://rates." + values.UnknownText + ":8080"}, lit("/rates"))}, Pos: pos(27)},
	}, []Datastore{
		pg(pos(15), val(env("ORDERS_DB_URL"))),
		pg(pos(16), val(lit("postgres://u@"), env("PGHOST"), lit("/orders"))),
		pg(pos(17), values.Lit("postgres://u@shared-db/shop")),
		pg(pos(23), val(lit("postgres://u@shared-db/"), env("PGDB"))),
	}, []Message{
		nats(catalog.RolePublish, pos(18), val(env("SUBJECT"))),
		nats(catalog.RolePublish, pos(19), values.Lit("orders.created")),
		nats(catalog.RoleConsume, pos(20), val(env("SUBJECT"))),
	})
	admin := service(adminMain, []Call{
		{Protocol: "http", Method: "GET", URL: []Value{cartURL}, Pos: pos(30)},
		grpc("hipstershop.AdService", "GetAds", pos(31), val(env("AD_ADDR"))),
		{Protocol: "http", Method: "POST", URL: []Value{values.Lit("http://127.0.0.1:3500/v1.0/state")}, Pos: pos(38)},
		{Protocol: "http", Method: "GET", URL: []Value{values.Lit("https://api.example.com/rates")}, Pos: pos(39)},
	}, []Datastore{
		pg(pos(32), val(env("ORDERS_DB_URL"))),
		pg(pos(33), val(lit("postgres://u@"), env("PGHOST"), lit("/orders"))),
		pg(pos(34), values.Lit("postgres://u@shared-db/shop")),
		pg(pos(40), val(lit("postgres://u@shared-db/"), env("PGDB"))),
	}, []Message{
		nats(catalog.RoleConsume, pos(35), val(env("SUBJECT"))),
		nats(catalog.RoleConsume, pos(36), values.Lit("orders.*")),
		nats(catalog.RoleConsume, pos(37), values.Lit(">")),
	})
	m := Build(set, fset, []Input{
		{Path: "example.com/sys/cmd/web", Result: web},
		{Path: "example.com/sys/cmd/admin", Result: admin},
	})
	at := func(p token.Pos) int { return int(p - base) }

	var got []string
	for _, e := range m.Sync {
		got = append(got, fmt.Sprintf("%d %s -> %s %s %q (%s)", at(e.Site), e.From, e.To, e.Protocol, e.Detail, e.Why))
	}
	sameLines(t, "sync edges", got, []string{
		`30 admin -> unknown:admin/http/host from CART_URL http "GET /carts/{?}" (from CART_URL, which no deployment file read sets)`,
		`31 admin -> unknown:admin/grpc/hipstershop.AdService grpc "/hipstershop.AdService/GetAds" (from AD_ADDR, which no deployment file read sets)`,
		`38 admin -> external:127.0.0.1 (admin) http "POST /v1.0/state" ()`,
		`39 admin -> external:api.example.com http "GET /rates" ()`,
		`10 web -> unknown:web/http/host from CART_URL http "GET /carts/{?}" (from CART_URL, which no deployment file read sets)`,
		`11 web -> external:cartservice grpc "/hipstershop.CartService/GetCart" (via proto service name hipstershop.CartService: compose service cartservice at compose.yaml:2)`,
		`12 web -> unknown:web/grpc/hipstershop.AdService grpc "/hipstershop.AdService/GetAds" (from AD_ADDR, which no deployment file read sets)`,
		`13 web -> unknown:web/grpc/hipstershop.CurrencyService grpc "/hipstershop.CurrencyService/Convert" (dial target not seen)`,
		`14 web -> admin http "GET /stats" ()`,
		`21 web -> external:localhost (web) http "POST /v1.0/state" ()`,
		`22 web -> external:api.example.com http "GET /rates" ()`,
		`24 web -> unknown:web/grpc/hipstershop.PaymentService grpc "/hipstershop.PaymentService/Charge" (the connection's address is one of 2 candidates)`,
		`25 web -> admin grpc "/hipstershop.ShippingService/Ship" ()`,
		`27 web -> unknown:web/http/host from RATES_URL http "GET /rates" (RATES_URL defaults to http://rates.{?}:8080, filled in at run time)`,
	})

	got = nil
	for _, e := range m.SelfCalls {
		got = append(got, fmt.Sprintf("%d %s -> %s %q", at(e.Site), e.From, e.To, e.Detail))
	}
	sameLines(t, "self calls", got, []string{`26 web -> web "GET /health"`})

	got = nil
	for _, e := range m.Data {
		got = append(got, fmt.Sprintf("%d %s -> %s", at(e.Site), e.From, e.Resource))
	}
	sameLines(t, "data edges", got, []string{
		"15 web -> unknown:web/postgres/DSN from ORDERS_DB_URL",
		"16 web -> unknown:web/postgres/db orders, DSN from PGHOST",
		"17 web -> postgres:shared-db/shop",
		"23 web -> unknown:web/postgres/host shared-db, DSN from PGDB",
		"32 admin -> unknown:admin/postgres/DSN from ORDERS_DB_URL",
		"33 admin -> unknown:admin/postgres/db orders, DSN from PGHOST",
		"34 admin -> postgres:shared-db/shop",
		"40 admin -> unknown:admin/postgres/host shared-db, DSN from PGDB",
	})

	got = nil
	for _, tp := range m.Topics {
		got = append(got, fmt.Sprintf("%s publish=%d consume=%d", tp.ID, len(tp.Publish), len(tp.Consume)))
	}
	sameLines(t, "topics", got, []string{
		"nats:> publish=0 consume=1",
		"nats:orders.* publish=0 consume=1",
		"nats:orders.created publish=1 consume=0",
		"unknown:admin/nats/consumed, from SUBJECT publish=0 consume=1",
		"unknown:web/nats/consumed, from SUBJECT publish=0 consume=1",
		"unknown:web/nats/published, from SUBJECT publish=1 consume=0",
	})
	got = nil
	for _, a := range m.Async {
		got = append(got, fmt.Sprintf("%s -> %s via %s (sub %s)", a.From, a.To, a.Topic.ID, a.Sub.Destination[0]))
	}
	sameLines(t, "async edges", got, []string{
		"web -> admin via nats:orders.created (sub >)",
		"web -> admin via nats:orders.created (sub orders.*)",
	})

	got = nil
	for _, u := range m.Unresolved {
		var sites []string
		for _, s := range u.Sites {
			sites = append(sites, fmt.Sprint(at(s)))
		}
		got = append(got, fmt.Sprintf("%s %q at %s", u.ID, u.Label, strings.Join(sites, ",")))
	}
	sameLines(t, "unresolved", got, []string{
		`unknown:admin/grpc/hipstershop.AdService "? (grpc hipstershop.AdService)" at 31`,
		`unknown:admin/http/host from CART_URL "? (http host from CART_URL)" at 30`,
		`unknown:admin/nats/consumed, from SUBJECT "? (nats subject consumed, from SUBJECT)" at 35`,
		`unknown:admin/postgres/DSN from ORDERS_DB_URL "? (postgres, DSN from ORDERS_DB_URL)" at 32`,
		`unknown:admin/postgres/db orders, DSN from PGHOST "? (postgres, db orders, DSN from PGHOST)" at 33`,
		`unknown:admin/postgres/host shared-db, DSN from PGDB "? (postgres, host shared-db, DSN from PGDB)" at 40`,
		`unknown:web/grpc/hipstershop.AdService "? (grpc hipstershop.AdService)" at 12`,
		`unknown:web/grpc/hipstershop.CurrencyService "? (grpc hipstershop.CurrencyService)" at 13`,
		`unknown:web/grpc/hipstershop.PaymentService "? (grpc hipstershop.PaymentService)" at 24`,
		`unknown:web/http/host from CART_URL "? (http host from CART_URL)" at 10`,
		`unknown:web/http/host from RATES_URL "? (http host from RATES_URL)" at 27`,
		`unknown:web/nats/consumed, from SUBJECT "? (nats subject consumed, from SUBJECT)" at 20`,
		`unknown:web/nats/published, from SUBJECT "? (nats subject published, from SUBJECT)" at 18`,
		`unknown:web/postgres/DSN from ORDERS_DB_URL "? (postgres, DSN from ORDERS_DB_URL)" at 15`,
		`unknown:web/postgres/db orders, DSN from PGHOST "? (postgres, db orders, DSN from PGHOST)" at 16`,
		`unknown:web/postgres/host shared-db, DSN from PGDB "? (postgres, host shared-db, DSN from PGDB)" at 23`,
	})
}

// unknownsSet is the rule set of a tree with two services, web and admin,
// and a compose file that deploys three programs none of them is: one
// named like hipstershop.CartService, two like hipstershop.CurrencyService.
func unknownsSet(t *testing.T) *rules.Set {
	t.Helper()
	return deployedSet(t, map[string]string{
		"go.mod":            "module example.com/sys\n\ngo 1.26\n",
		"cmd/web/main.go":   "package main\n\nfunc main() {}\n",
		"cmd/admin/main.go": "package main\n\nfunc main() {}\n",
		"compose.yaml": "services:\n  cartservice:\n    image: example/cartservice\n" +
			"  currency:\n    image: example/currency\n  currencyservice:\n    image: example/currency-v2\n",
	})
}

// sameLines reports got and want, what they list, unless they are equal.
func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
