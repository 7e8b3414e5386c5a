package model

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// TestParseAddr checks the resource ids DSNs, URIs and addresses give, as
// constant propagation renders them ("{?}" for an unknown part).
func TestParseAddr(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ engine, addr, id string }{
		// postgres: URLs, with credentials, ports, queries and unknown parts
		{"postgres", "postgres://orders:s3cr%40t@Orders-DB:5432/orders?sslmode=disable", "postgres:orders-db/orders"},
		{"", "postgresql://u@pg.internal/app", "postgres:pg.internal/app"},
		{"postgres", "postgres://u:p@{?}:5432/reports", "postgres:?/reports"},
		{"postgres", "postgres://{?}:{?}@{?}/{?}?sslmode={?}", "postgres:?"},
		{"postgres", "postgres://u:p@db.example.com", "postgres:db.example.com/u"},
		{"postgres", "postgres:///ledger?host=/var/run/postgresql", "postgres:localhost/ledger"},
		{"postgres", "postgres://a:5432,b:5432/multi", "postgres:a/multi"},
		{"postgres", "postgres://[::1]:5432/v6", "postgres:::1/v6"},
		// postgres: key-value DSNs
		{"postgres", "host=ledger-db port=5432 user=ledger dbname=ledger sslmode=disable", "postgres:ledger-db/ledger"},
		{"postgres", "user=app password='a b' dbname='billing'", "postgres:localhost/billing"},
		{"postgres", "host={?} dbname=orders", "postgres:?/orders"},
		{"postgres", "host=pg user=me", "postgres:pg/me"},
		// nothing known
		{"postgres", "{?}", "postgres:?"},
		{"postgres", "", "postgres:?"},
		{"", "{?}", "sql:?"},
		// mysql: go-sql-driver's form, and a URL
		{"mysql", "shop:pw@tcp(mysql.internal:3306)/catalog?parseTime=true&loc=Local", "mysql:mysql.internal/catalog"},
		{"mysql", "root@/audit", "mysql:localhost/audit"},
		{"mysql", "u:p@unix(/tmp/mysql.sock)/app", "mysql:localhost/app"},
		{"mysql", "u:p@tcp({?}:3306)/app", "mysql:?/app"},
		{"mysql", "{?}/app", "mysql:?/app"},
		{"mysql", "mysql://u:p@MySQL:3306/shop", "mysql:mysql/shop"},
		// sqlite
		{"sqlite", "file:cache.db?cache=shared&mode=rwc", "sqlite:cache.db"},
		{"sqlite", "/var/lib/app/local.db", "sqlite:/var/lib/app/local.db"},
		{"sqlite", ":memory:", "sqlite::memory:"},
		{"", "file:test.db", "sqlite:test.db"},
		// another driver, named by its scheme
		{"", "sqlserver://sa:pw@mssql:1433?database=sales", "sqlserver:mssql/sales"},
		// mongo: a client's URI
		{"mongo", "mongodb://app:pw@Mongo-0:27017,mongo-1:27017/?replicaSet=rs0", "mongo:mongo-0/?"},
		{"mongo", "mongodb+srv://u:p@cluster0.abc.mongodb.net/shop?retryWrites=true", "mongo:cluster0.abc.mongodb.net/shop"},
		{"mongo", "{?}", "mongo:?"},
		// redis: addresses and URLs
		{"redis", "cache:6379", "redis:cache"},
		{"redis", "", "redis:localhost"},
		{"redis", "redis://user:pw@rate-limits:6380/3", "redis:rate-limits/3"},
		{"redis", "rediss://:pw@secure-redis:6380/0", "redis:secure-redis"},
		{"redis", "{?}:6379", "redis:?"},
	} {
		if got := parseAddr(tc.engine, tc.addr).id(); got != tc.id {
			t.Errorf("parseAddr(%q, %q) = %q, want %q", tc.engine, tc.addr, got, tc.id)
		}
	}
}

// TestDataDefaults checks that an environment variable's default (a
// config tag's) stands for it, and that a fallback beside an unset
// variable outranks the unknown.
func TestDataDefaults(t *testing.T) {
	t.Parallel()
	env := values.Value{Parts: []values.Part{{Env: "DATABASE_URL", Default: "postgres://pg/orders", HasDefault: true}}}
	bare := values.Value{Parts: []values.Part{{Env: "LEDGER_DSN"}}}
	d := &Datastore{Protocol: "sql", Engine: "postgres", Addr: []Value{bare, values.Lit("host=ledger-db dbname=ledger")}}
	if got := d.Resources(); len(got) != 1 || got[0] != "postgres:ledger-db/ledger" {
		t.Errorf("fallback: got %q", got)
	}
	d = &Datastore{Protocol: "sql", Engine: "postgres", Addr: []Value{env}}
	if got := d.Resources(); len(got) != 1 || got[0] != "postgres:pg/orders" {
		t.Errorf("default: got %q", got)
	}
	d = &Datastore{Protocol: "sql", Engine: "postgres", Addr: []Value{bare}}
	if got := d.Resources(); len(got) != 1 || got[0] != "postgres:?" {
		t.Errorf("unset: got %q", got)
	}
}

// TestBuildData checks the whole-program step: a service's own
// connection with its DSN from the deployment's environment, a shared
// package's connection attributed to each service that reaches it (at
// each call of the service that passes a DSN, with that DSN), MongoDB databases named on a
// client made elsewhere taking the service's one MongoDB host, and the
// client's and the database's edges dropped for its collections'.
func TestBuildData(t *testing.T) {
	t.Parallel()
	set := deployedSet(t, map[string]string{
		"go.mod":              "module example.com/sys\n\ngo 1.26\n",
		"cmd/orders/main.go":  "package main\n\nimport _ \"example.com/sys/pkg/store\"\n\nfunc main() {}\n",
		"cmd/billing/main.go": "package main\n\nimport _ \"example.com/sys/pkg/store\"\n\nfunc main() {}\n",
		"pkg/store/store.go":  "package store\n",
		"compose.yaml":        "services:\n  orders:\n    environment:\n      DATABASE_URL: postgres://app:pw@orders-db:5432/orders\n",
	})
	fset := token.NewFileSet()
	base := token.Pos(fset.AddFile("sys.go", -1, 1000).Base())
	pos := func(i int) token.Pos { return base + token.Pos(i) }
	fn := func(pkg, name string) *types.Func {
		return types.NewFunc(token.NoPos, types.NewPackage(pkg, path.Base(pkg)), name, types.NewSignatureType(nil, nil, nil, nil, nil, false))
	}
	ordersMain, billingMain := fn("example.com/sys/cmd/orders", "main"), fn("example.com/sys/cmd/billing", "main")
	open := fn("example.com/sys/pkg/store", "Open")
	param := Value{Parts: []values.Part{{Param: "example.com/sys/pkg/store.Open#0"}}}
	env := func(name string) Value { return Value{Parts: []values.Part{{Env: name}}} }
	mongoConnect := Datastore{Protocol: "mongo", Role: catalog.DataConnect, Engine: "mongo", Addr: []Value{values.Lit("mongodb://mongo:27017")}, Func: ordersMain, Pos: pos(20)}
	db := Datastore{Protocol: "mongo", Role: catalog.DataDatabase, Engine: "mongo", Database: []Value{values.Lit("shop")}, Func: ordersMain, Pos: pos(21)}
	coll := Datastore{Protocol: "mongo", Role: catalog.DataCollection, Engine: "mongo", Database: []Value{values.Lit("shop")}, Collection: []Value{values.Lit("carts")}, Func: ordersMain, Pos: pos(22)}
	inputs := []Input{
		{Path: "example.com/sys/cmd/orders", Result: &Result{
			Datastores: []Datastore{
				{Protocol: "sql", Role: catalog.DataConnect, Engine: "postgres", Addr: []Value{env("DATABASE_URL"), values.Lit("postgres://localhost/dev")}, Func: ordersMain, Pos: pos(10)},
				mongoConnect, db, coll,
			},
			Edges: []Edge{{From: ordersMain, To: open, Pos: pos(30)}, {From: ordersMain, To: open, Pos: pos(31)}},
			Bindings: []Binding{
				{Param: "example.com/sys/pkg/store.Open#0", Values: []Value{values.Lit("postgres://u@audit-db/audit")}, Pos: pos(30)},
				{Param: "example.com/sys/pkg/store.Open#0", Values: []Value{env("ARCHIVE_DSN"), values.Lit("postgres://u@audit-db/archive")}, Pos: pos(31)},
			},
		}},
		{Path: "example.com/sys/cmd/billing", Result: &Result{
			Edges:    []Edge{{From: billingMain, To: open, Pos: pos(40)}},
			Bindings: []Binding{{Param: "example.com/sys/pkg/store.Open#0", Values: []Value{values.Lit("host=billing-db dbname=billing")}, Pos: pos(40)}},
		}},
		{Path: "example.com/sys/pkg/store", Result: &Result{
			Datastores: []Datastore{{Protocol: "sql", Role: catalog.DataConnect, Engine: "postgres", Addr: []Value{param}, Func: open, Pos: pos(50)}},
		}},
	}
	m := Build(set, fset, inputs)
	var got []string
	for _, e := range m.Data {
		got = append(got, fmt.Sprintf("%d %s -> %s %s %s %q in %s (%s)", int(e.Site-base), e.From, e.Resource, e.Kind, e.Protocol, e.Detail, e.SitePkg, e.Why))
	}
	want := []string{
		`10 orders -> postgres:orders-db/orders database sql "orders" in example.com/sys/cmd/orders (DATABASE_URL in compose.yaml:4)`,
		`22 orders -> mongo:mongo/shop/carts collection mongo "shop.carts" in example.com/sys/cmd/orders ()`,
		`30 orders -> postgres:audit-db/audit database sql "audit" in example.com/sys/cmd/orders ()`,
		`31 orders -> postgres:audit-db/archive database sql "archive" in example.com/sys/cmd/orders ()`,
		`40 billing -> postgres:billing-db/billing database sql "billing" in example.com/sys/cmd/billing ()`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("data edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// deployedSet writes files (slash-separated name → content) into a new
// folder and returns its rule set with the deployment files read.
func deployedSet(t *testing.T, files map[string]string) *rules.Set {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, err := rules.Load(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if problems := set.LoadDeployment(); len(problems) > 0 {
		t.Fatal(problems)
	}
	return set
}
