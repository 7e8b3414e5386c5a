package rules

import (
	"fmt"
	"github.com/boundcheck/boundcheck/rules/deploy"
	"github.com/boundcheck/boundcheck/rules/tree"
	"maps"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// loadDeploy builds the set of deploy/testdata/<name> and reads its
// deployment files.
func loadDeploy(t *testing.T, name string) (*Set, []deploy.Problem) {
	t.Helper()
	s := loadTree(t, filepath.Join("deploy", "testdata", name))
	return s, s.LoadDeployment()
}

// hostCase is a host and the service it should denote ("" for none).
type hostCase struct{ host, want string }

func checkHosts(t *testing.T, s *Set, cases []hostCase) {
	t.Helper()
	for _, c := range cases {
		got, ok := s.HostService(c.host)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("HostService(%q) = %q, %v; want %q", c.host, got, ok, c.want)
		}
	}
}

// envCase is a variable of a service, and the value and place the
// deployment should give it ("" for none).
type envCase struct{ service, name, value, where string }

func checkEnv(t *testing.T, s *Set, cases []envCase) {
	t.Helper()
	for _, c := range cases {
		v, where, ok := s.EnvValue(c.service, c.name)
		if v != c.value || where != c.where || ok != (c.value != "") {
			t.Errorf("EnvValue(%q, %q) = %q, %q, %v; want %q, %q", c.service, c.name, v, where, ok, c.value, c.where)
		}
	}
}

// unitsByName maps "file name" to the service of each unit and why.
func unitsByName(s *Set) map[string]deploy.Unit {
	m := map[string]deploy.Unit{}
	for _, u := range s.Deploy.Units {
		m[u.File+" "+u.Name] = u
	}
	return m
}

func checkUnits(t *testing.T, s *Set, want map[string]string) {
	t.Helper()
	got := unitsByName(s)
	for key, svc := range want {
		u, ok := got[key]
		switch {
		case !ok:
			t.Errorf("no deployment unit %s; have %v", key, slices.Sorted(maps.Keys(got)))
		case u.Service != svc:
			t.Errorf("unit %s is service %q (%s); want %q", key, u.Service, u.Why, svc)
		}
	}
	if len(got) != len(want) {
		t.Errorf("units: got %v, want %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
}

// checkWhy checks the reason given for some units.
func checkWhy(t *testing.T, s *Set, want map[string]string) {
	t.Helper()
	got := unitsByName(s)
	for key, why := range want {
		if u := got[key]; u.Why != why {
			t.Errorf("unit %s: why %q, want %q", key, u.Why, why)
		}
	}
}

func problemTexts(s *Set, ps []deploy.Problem) []string {
	var out []string
	for _, p := range ps {
		p.File = filepath.ToSlash(tree.RelOrAbs(s.Root, p.File))
		out = append(out, p.Error())
	}
	return out
}

func TestDeployCompose(t *testing.T) {
	s, problems := loadDeploy(t, "compose")
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	wantFiles := []string{"deployments/.env", "deployments/docker-compose.override.yml", "deployments/docker-compose.prod.yml", "deployments/docker-compose.yml", "deployments/orders.env"}
	if !reflect.DeepEqual(s.Deploy.Files, wantFiles) {
		t.Errorf("files: got %q, want %q", s.Deploy.Files, wantFiles)
	}
	const base, override, prod = "deployments/docker-compose.yml", "deployments/docker-compose.override.yml", "deployments/docker-compose.prod.yml"
	checkUnits(t, s, map[string]string{
		base + " payment-svc":   "payments", // build context ../services/payments
		base + " orders":        "orders",   // same name
		base + " catalog-box":   "catalog",  // build args name ./cmd/catalog
		base + " worker":        "",         // context is the root, Dockerfile outside every service, command is no path
		base + " gateway-proxy": "",         // a look-alike of gateway's name
		base + " postgres":      "",
		prod + " audit":         "",
	})
	checkWhy(t, s, map[string]string{
		base + " payment-svc": "build context services/payments holds the main package of service payments",
		base + " catalog-box": `its build or command names "./cmd/catalog"`,
		base + " orders":      `name "orders" is the service's name`,
	})
	checkHosts(t, s, []hostCase{
		{"payment-svc", "payments"},      // compose service name
		{"PAYMENT-SVC:9090", "payments"}, // case and port
		{"http://payment-svc:9090/charge", "payments"},
		{"pay", "payments"},            // link alias in catalog-box
		{"orders-main", "orders"},      // container_name
		{"orders-host", "orders"},      // hostname
		{"order-api", "orders"},        // network alias
		{"orders.internal.", "orders"}, // alias, with a trailing dot
		{"catalog-box", "catalog"},
		{"payments", "payments"}, // the service's own name
		{"orders.shop.svc.cluster.local", "orders"},
		{"postgres", ""}, // infrastructure, not a service
		{"postgres:5432", ""},
		{"worker", ""},
		{"gateway-proxy", ""},
		{"audit", ""},
		{"payment-svc-2", ""},
		{"catalog-boxes", ""},
		{"orders.shop", ""}, // a namespace form, but no manifest gives it
		{"orders.svc", ""},
		{"localhost:8080", ""},
		{"127.0.0.1", ""},
		{"", ""},
	})
	checkEnv(t, s, []envCase{
		{"payments", "ORDERS_URL", "http://orders-main:8080", override + ":4"}, // the override file wins
		{"payments", "LEDGER_DSN", "postgres://postgres:5432/ledger", base + ":11"},
		{"payments", "TRACE", "http://jaeger:14268/api", base + ":12"},
		{"payments", "PRICE", "${NOT_INTERPOLATED}", base + ":13"},
		{"payments", "LOG_LEVEL", "info", base + ":2"},                      // through a merge key
		{"orders", "PAYMENTS_URL", "http://payment-svc:9090", base + ":23"}, // the default project wins over the prod variant
		{"orders", "CATALOG_ADDR", "catalog-box:7000", base + ":24"},
		{"orders", "FEATURE_FLAGS", "on", override + ":7"},
		{"orders", "PROD_ONLY", "yes", prod + ":5"},                                             // the variant fills in what the default project leaves out
		{"orders", "ORDERS_DB", "postgres://orders-db:5432/orders", "deployments/orders.env:2"}, // env_file
		{"orders", "CACHE_ADDR", "cache:6379", "deployments/orders.env:3"},
		{"orders", "PASSTHROUGH", "", ""},                              // taken from the host's environment
		{"orders", "LEDGER_ADDR", "ledger:7000", "deployments/.env:4"}, // passed through, set by the project's .env
		{"orders", "EMPTY", "", ""},                                    // ${NOT_SET}: no value without an environment
		{"orders", "ORDERS_URL", "", ""},
		{"payments", "PAYMENTS_URL", "", ""},
		{"orders", "POSTGRES_PASSWORD", "", ""}, // postgres is no service
		{"nosuch", "ORDERS_URL", "", ""},
	})
	if got, want := s.DeployHosts("orders"), []string{"order-api", "orders-host", "orders-main", "orders.internal"}; !reflect.DeepEqual(got, want) {
		t.Errorf("DeployHosts(orders) = %q, want %q", got, want)
	}
	// Deployment host names count for the guess from a variable's name.
	if got, ok := s.EnvService("PAYMENT_SVC_URL"); got != "payments" || !ok {
		t.Errorf("EnvService(PAYMENT_SVC_URL) = %q, %v; want payments", got, ok)
	}
	if got, ok := s.EnvService("WORKER_URL"); ok {
		t.Errorf("EnvService(WORKER_URL) = %q, want none", got)
	}
}

func TestDeployDeterministic(t *testing.T) {
	for _, name := range []string{"compose", "k8s", "malformed", "fallback"} {
		s1, p1 := loadDeploy(t, name)
		s2, p2 := loadDeploy(t, name)
		if !reflect.DeepEqual(s1.Deploy, s2.Deploy) || !reflect.DeepEqual(p1, p2) {
			t.Errorf("%s: two reads differ", name)
		}
	}
}

func TestDeployKubernetes(t *testing.T) {
	s, problems := loadDeploy(t, "k8s")
	// The Helm template and the files under .github and testdata are not
	// read; config/app.yaml is no manifest.
	wantProblems := []string{"deploy/broken.yaml:7:4: yaml syntax error: did not find expected key; the file is left out of the deployment model"}
	if got := problemTexts(s, problems); !reflect.DeepEqual(got, wantProblems) {
		t.Errorf("problems:\n got  %q\n want %q", got, wantProblems)
	}
	wantFiles := []string{"deploy/broken.yaml", "deploy/k8s/ledger.yaml", "deploy/k8s/orders.yml", "deploy/k8s/payments.yaml"}
	if !reflect.DeepEqual(s.Deploy.Files, wantFiles) {
		t.Errorf("files: got %q, want %q", s.Deploy.Files, wantFiles)
	}
	checkUnits(t, s, map[string]string{
		"deploy/k8s/payments.yaml payments":       "payments", // workload name
		"deploy/k8s/payments.yaml paymentservice": "payments", // selects app=payments
		"deploy/k8s/orders.yml orders-deployment": "orders",   // image registry.local:5000/bank/orders:2
		"deploy/k8s/orders.yml orders":            "orders",
		"deploy/k8s/ledger.yaml ledger-db":        "",
		"deploy/k8s/ledger.yaml ledgerservice":    "",        // selects the pods of a database
		"deploy/k8s/ledger.yaml billing":          "",        // selects nothing, and no service is called billing
		"deploy/k8s/ledger.yaml gateway-api":      "gateway", // selects nothing in the tree; named like gateway
		"deploy/k8s/ledger.yaml gateway-svc":      "",        // named like gateway, but selects the database's pods
	})
	checkWhy(t, s, map[string]string{
		"deploy/k8s/orders.yml orders-deployment": `image name "orders" is the service's name`,
		"deploy/k8s/payments.yaml paymentservice": "selects the pods of kubernetes Deployment payments (deploy/k8s/payments.yaml:4)",
		"deploy/k8s/ledger.yaml gateway-api":      `name "gateway-api" is the service's name once a suffix is dropped`,
		"deploy/k8s/ledger.yaml ledgerservice":    "selects the pods of kubernetes Deployment ledger-db (deploy/k8s/ledger.yaml:4), which is no service",
		"deploy/k8s/ledger.yaml billing":          "its selector picks no pods in the tree, and no service has its name, build context, Dockerfile or command",
	})
	checkHosts(t, s, []hostCase{
		{"paymentservice", "payments"},
		{"paymentservice.shop", "payments"},
		{"paymentservice.shop.svc", "payments"},
		{"PaymentService.shop.svc.cluster.local:80", "payments"},
		{"http://orders.shop.svc.cluster.local:8080/orders", "orders"},
		{"gateway-api.default.svc", "gateway"},
		{"gateway-svc", ""},
		{"paymentservice.other", ""}, // another namespace
		{"paymentservice.shop.svc.cluster", ""},
		{"ledgerservice", ""},
		{"ledgerservice.default.svc.cluster.local", ""},
		{"billing.default", ""},
		{"broken", ""},
		{"from-ci", ""},
		{"from-testdata", ""},
		{"10.96.0.10:53", ""},
	})
	// A host that reaches a deployed program boundcheck has no service
	// for (a database here; a service in another language elsewhere).
	for host, want := range map[string]string{
		"ledgerservice:5432":                      "ledgerservice",
		"billing.default.svc.cluster.local":       "billing",
		"paymentservice":                          "", // an analysed service
		"nowhere":                                 "",
		"http://ledgerservice.default.svc:80/x/y": "ledgerservice",
	} {
		u, ok := s.DeployedUnit(host)
		if got := u.Name; got != want || ok != (want != "") {
			t.Errorf("DeployedUnit(%q) = %q, %v; want %q", host, got, ok, want)
		}
	}
	checkEnv(t, s, []envCase{
		{"payments", "ORDERS_ADDR", "orders.shop.svc.cluster.local:8080", "deploy/k8s/payments.yaml:25"}, // the payments container, not the sidecar
		{"payments", "DB_PASSWORD", "", ""}, // valueFrom
		{"orders", "PAYMENTS_URL", "http://paymentservice.shop:80", "deploy/k8s/orders.yml:18"},
		{"orders", "ORDERS_ADDR", "", ""},
	})
}

func TestDeployMalformed(t *testing.T) {
	s, problems := loadDeploy(t, "malformed")
	want := []string{
		"deployments/a/docker-compose.override.yml:5:6: yaml syntax error: did not find expected key; the file is left out of the deployment model",
		"deployments/b/compose.yaml:3: yaml syntax error: found character that cannot start any token; the file is left out of the deployment model",
		"deployments/c/docker-compose.yml:3:3: services: expected a mapping from service name to service, found a list",
		"deployments/d/docker-compose.yml:2:15: services.scalar-svc: expected a mapping, found a string",
		"deployments/e/docker-compose.yml:4:9: alias *x refers to a node that contains it",
	}
	if got := problemTexts(s, problems); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got  %q\n want %q", got, want)
	}
	for _, p := range problems {
		if !filepath.IsAbs(p.File) {
			t.Errorf("problem file %q is not absolute", p.File)
		}
	}
	checkHosts(t, s, []hostCase{
		{"pay-box", "payments"}, // the base file is used without its broken override
		{"orders-d", "orders"},  // the good service of a file with a bad one
		{"orders-e", "orders"},  // the same, read without compose-go
		{"loop", ""},
		{"tabbed", ""},
		{"listed-svc", ""},
		{"scalar-svc", ""},
	})
	checkEnv(t, s, []envCase{
		{"orders", "PAYMENTS_URL", "http://pay-box:80", "deployments/a/docker-compose.yml:6"},
		{"orders", "FEATURE", "", ""},
	})
}

func TestDeployFallback(t *testing.T) {
	s, problems := loadDeploy(t, "fallback")
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	checkHosts(t, s, []hostCase{
		{"payments-box", "payments"},
		{"pay", "payments"},
		{"orders", "orders"},
		{"payments-box-2", ""},
	})
	checkEnv(t, s, []envCase{
		{"orders", "PAYMENTS_URL", "http://payments-box:8080/v1", "compose.yaml:11"},
		{"orders", "PLAIN", "$HOME", "compose.yaml:13"},
		{"orders", "PAYMENTS_ADDR", "payments-box:9000", "deploy/compose.yaml:7"},
		{"orders", "SECRET", "", ""},                                           // ${SECRET:?...} has no value without an environment
		{"orders", "EXTRA_DSN", "mysql://db:3306/shop", "extra.env:1"},         // env_file, a file the project refused by compose-go names
		{"orders", "FROM_FILE", "postgres://db:5432/x", "extra.env:4"},         // a variable the file sets
		{"orders", "FROM_HOST", "postgres://${DB_HOST}:5432/x", "extra.env:5"}, // one from the host: kept as written
		{"orders", "LEDGER", "", ""},
	})
	// A daprd sidecar read without compose-go, its values interpolated.
	if a, ok := s.DaprApp("payments-app"); !ok || a.Service != "payments" || a.Where() != "compose.yaml:20" {
		t.Errorf("DaprApp(payments-app) = %+v, %v; want service payments at compose.yaml:20", a, ok)
	}
}

// namedSet returns a set of services with the given names; "name=host,host"
// gives the service config hosts.
func namedSet(names ...string) *Set {
	s := &Set{byName: map[string]*Service{}}
	for _, n := range names {
		name, hosts, _ := strings.Cut(n, "=")
		svc := s.addService(name, "test")
		if hosts != "" {
			svc.Hosts = strings.Split(hosts, ",")
		}
	}
	return s
}

func TestHostServiceNames(t *testing.T) {
	s := namedSet("payments=pay-gw", "orders")
	if s.Deploy != nil {
		t.Fatal("Deploy is set before LoadDeployment")
	}
	checkHosts(t, s, []hostCase{
		{"payments", "payments"},
		{"Payments", "payments"},
		{"http://PAYMENTS:8080/x", "payments"},
		{"payments.", "payments"},
		{"payments:50051", "payments"},
		{"dns:///payments:50051", "payments"},
		{"dns://8.8.8.8/payments:50051", "payments"},
		{"user:pw@payments:1", "payments"},
		{"pay-gw", "payments"}, // config host
		{"https://PAY-GW/", "payments"},
		{"payments.prod.svc.cluster.local", "payments"},
		{"payments.prod.svc:443", "payments"},
		{"payment", ""},
		{"payments-db", ""},
		{"pay-gw-2", ""},
		{"localhost", ""},
		{"localhost:8080", ""},
		{"api.localhost", ""},
		{"127.0.0.1:80", ""},
		{"[::1]:80", ""},
		{"::1", ""},
		{"10.0.0.5", ""},
		{"api.payments.com", ""},
		{"payments.prod", ""},
		{"payments.a.b.svc", ""},
		{"unix:///var/run/payments.sock", ""},
		{"http://", ""},
		{"", ""},
	})
	if v, where, ok := s.EnvValue("payments", "ORDERS_URL"); ok {
		t.Errorf("EnvValue without a deployment = %q, %q", v, where)
	}
	if h := s.DeployHosts("payments"); h != nil {
		t.Errorf("DeployHosts without a deployment = %q", h)
	}
}

func TestEnvService(t *testing.T) {
	demo := []string{"productcatalogservice", "payments", "orders-api", "orders-server", "checkout=checkout-gw", "shipping-service", "currency"}
	tests := []struct {
		services []string
		name     string
		want     string // "" for none
	}{
		{demo, "PRODUCT_CATALOG_SERVICE_ADDR", "productcatalogservice"},
		{demo, "PRODUCT_CATALOG_ADDR", "productcatalogservice"},
		{demo, "productcatalogservice_addr", "productcatalogservice"},
		{demo, "PAYMENTS_URL", "payments"},
		{demo, "PAYMENTS_ADDR", "payments"},
		{demo, "PAYMENTS_SERVICE_ADDR", "payments"},
		{demo, "PAYMENTS_SVC_HOST", "payments"},
		{demo, "PAYMENTS_GRPC_ADDR", "payments"},
		{demo, "PAYMENTS_API_BASE_URL", "payments"},
		{demo, "PAYMENTS_ENDPOINT", "payments"},
		{demo, "ORDERS_API_URL", "orders-api"},
		{demo, "ORDERS_SERVER_ADDRESS", "orders-server"},
		{demo, "ORDERS_ADDR", ""}, // orders-api or orders-server
		{demo, "SHIPPING_SERVICE_ADDR", "shipping-service"},
		{demo, "SHIPPING_URL", "shipping-service"},
		{demo, "CHECKOUT_GW_URL", "checkout"}, // a config host
		{demo, "CURRENCY_SERVICE_PORT", "currency"},
		{demo, "PAYMENTS", ""}, // no address word
		{demo, "PAYMENT_URL", ""},
		{demo, "PAYMENTSURL", ""},
		{demo, "PAYMENTS_TIMEOUT", ""},
		{demo, "DATABASE_URL", ""},
		{demo, "REDIS_ADDR", ""},
		{demo, "URL", ""},
		{demo, "SERVICE_ADDR", ""},
		{demo, "", ""},
		{[]string{"product-catalog"}, "PRODUCT_CATALOG_SERVICE_ADDR", "product-catalog"},
		{[]string{"productcatalog"}, "PRODUCT_CATALOG_SERVICE_ADDR", "productcatalog"},
		{[]string{"product_catalog_svc"}, "PRODUCT_CATALOG_SERVICE_ADDR", "product_catalog_svc"},
		{[]string{"product-catalog", "productcatalogservice"}, "PRODUCT_CATALOG_SERVICE_ADDR", "productcatalogservice"}, // the longer name fits first
		{[]string{"product-catalog", "productcatalog"}, "PRODUCT_CATALOG_SERVICE_ADDR", ""},                             // two fit alike
		{[]string{"catalog"}, "PRODUCT_CATALOG_SERVICE_ADDR", ""},
	}
	for _, tt := range tests {
		s := namedSet(tt.services...)
		got, ok := s.EnvService(tt.name)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("EnvService(%q) with %v = %q, %v; want %q", tt.name, tt.services, got, ok, tt.want)
		}
	}
}

func TestDeployLargeFiles(t *testing.T) {
	dir := t.TempDir()
	big := "# " + strings.Repeat("x", 1<<20) + "\n" // above deploy's deployMaxFile
	writeTree(t, dir, map[string]string{
		"go.mod":               goMod("example.com/big"),
		"cmd/orders/main.go":   goSrc("main"),
		"docker-compose.yml":   big + "services:\n  orders-box:\n    build: ./cmd/orders\n",
		"k8s/huge.yaml":        "apiVersion: v1\nkind: Service\nmetadata:\n  name: orders-k8s\n" + big,
		"k8s/small/small.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: orders\n",
	})
	s := loadTree(t, dir)
	problems := s.LoadDeployment()
	want := []string{"docker-compose.yml: not read: larger than 1 MB"}
	if got := problemTexts(s, problems); !reflect.DeepEqual(got, want) {
		t.Errorf("problems: got %q, want %q", got, want)
	}
	if want := []string{"k8s/small/small.yaml"}; !reflect.DeepEqual(s.Deploy.Files, want) {
		t.Errorf("files: got %q, want %q", s.Deploy.Files, want)
	}
	checkHosts(t, s, []hostCase{{"orders-box", ""}, {"orders-k8s", ""}, {"orders.default.svc", "orders"}})
}

// TestDeployGarbage feeds random and mangled contents to every kind of
// deployment file: reading them must not panic, in compose-go or here.
func TestDeployGarbage(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":             goMod("example.com/garbage"),
		"cmd/orders/main.go": goSrc("main"),
	})
	s := loadTree(t, dir)
	var seeds []string
	for _, name := range []string{
		"compose/deployments/docker-compose.yml", "compose/deployments/docker-compose.override.yml",
		"k8s/deploy/k8s/payments.yaml", "k8s/deploy/k8s/orders.yml", "fallback/compose.yaml",
	} {
		data, err := os.ReadFile(filepath.Join("deploy", "testdata", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	seeds = append(seeds,
		"services: &a [*a]\n", "services:\n  a: &x\n    <<: *x\n", "a: &a [*a, *a]\nb: &b [*a, *a]\nc: [*b, *b]\n",
		"services:\n  a:\n    environment: [1, [2], {x: y}, null, \"=\", \"=x\"]\n    networks: [a, {b: c}]\n    build: {args: [null, x=]}\n",
		"services:\n  a:\n    build: {context: \"${X:?}\", dockerfile: /abs}\n    links: [\":\", \"a:\"]\n    extends: a\n",
		"apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: List, items: [{apiVersion: v1, kind: List}]}]\n",
		"apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {template: {spec: {containers: [null, 1, {env: [1, {name: [x]}]}]}}}\n",
		"apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {selector: [a]}\n",
		"\x00\xff\xfe", "---\n---\n", "services: ${X}\n", "name: \"${\"\nservices: {}\n", "services:\n  \"\": {}\n",
	)
	rnd := rand.New(rand.NewSource(1))
	mangle := func(s string) string {
		b := []byte(s)
		switch rnd.Intn(5) {
		case 0: // truncate
			return string(b[:rnd.Intn(len(b)+1)])
		case 1: // flip bytes
			for i := 0; i < 1+rnd.Intn(8) && len(b) > 0; i++ {
				const chars = "\t :-[]{}&*!|>'\"%@`#,?\n$x"
				b[rnd.Intn(len(b))] = chars[rnd.Intn(len(chars))]
			}
			return string(b)
		case 2: // splice two seeds
			o := seeds[rnd.Intn(len(seeds))]
			return s[:rnd.Intn(len(s)+1)] + o[rnd.Intn(len(o)+1):]
		case 3: // random bytes
			r := make([]byte, rnd.Intn(200))
			rnd.Read(r)
			return string(r)
		}
		return s
	}
	files := []string{"docker-compose.yml", "docker-compose.override.yml", "compose.prod.yaml", "deploy/app.yaml"}
	for i := 0; i < 300; i++ {
		contents := map[string]string{}
		for _, f := range files {
			contents[f] = mangle(seeds[rnd.Intn(len(seeds))])
		}
		writeTree(t, dir, contents)
		for _, p := range s.LoadDeployment() {
			if strings.Contains(p.Msg, "internal error") {
				t.Fatalf("iteration %d: %s\nfiles: %q", i, p.Error(), contents)
			}
		}
		// The lookups must not panic either.
		s.HostService(fmt.Sprint(i))
		s.EnvService("ORDERS_URL")
	}
}

// TestDeployEnvFiles checks env files of their own: a template named after
// a service, its ${NAME}s read from its folder's .env sample; a .env
// sample in a service's folder; what compose sets wins. A template named
// after no service, the project's own .env, a compose env_file (read as
// compose's) and a value on the local machine give nothing of their own.
func TestDeployEnvFiles(t *testing.T) {
	s, problems := loadDeploy(t, "envfiles")
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	checkUnits(t, s, map[string]string{
		"compose.yaml payment":                      "payment",
		"compose.yaml kafka":                        "",
		"deploy/env/order.env.template order":       "order",
		"deploy/env/assembly.env.template assembly": "assembly",
		"payment/.env.example payment":              "payment",
	})
	checkWhy(t, s, map[string]string{
		"deploy/env/order.env.template order": `env file name "order" is the service's name`,
		"payment/.env.example payment":        `env file's folder "payment" is the service's name`,
	})
	const order = "deploy/env/order.env.template"
	checkEnv(t, s, []envCase{
		{"order", "PAID_TOPIC", "order.paid", order + ":1"},
		{"order", "PAYMENT_ADDR", "payment:50052", order + ":2"},
		{"order", "DB_HOST", "", ""}, // localhost: a developer's machine
		{"order", "UNSET", "${NOT_ANYWHERE}", order + ":4"},
		{"order", "ROOT_ONLY", "", ""},
		{"assembly", "PAID_TOPIC", "order.paid", "deploy/env/assembly.env.template:1"},
		{"payment", "SHARED", "from-compose", "compose.yaml:6"},
		{"payment", "LISTEN_ADDR", ":50052", "payment/.env.example:1"},
		{"payment", "PAYMENT_ENV_FILE", "1", "payment.env:1"},
	})
	for _, f := range []string{order, "payment/.env.example"} {
		if !slices.Contains(s.Deploy.Files, f) {
			t.Errorf("files %q: no %s", s.Deploy.Files, f)
		}
	}
	if slices.Contains(s.Deploy.Files, "deploy/env/inventory.env.template") {
		t.Errorf("files %q: an env file of no service is listed", s.Deploy.Files)
	}
}

// TestDeployConfigFiles checks the services' own config files: a key path
// matched whole or by its tail of two keys or more (the first keys may be
// the program's fields), case, "_" and "-" aside; the file nearest the
// service first; go-zero's etc/ beside its main; JSON too. A manifest in
// a config folder, an API description, and a file above several services
// give nothing.
func TestDeployConfigFiles(t *testing.T) {
	s, problems := loadDeploy(t, "configfiles")
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	const order = "services/order/config/config.yaml"
	for _, c := range []struct{ service, key, value, where string }{
		{"order", "Config.broker.subject.create_order", "CREATE_ORDER_SUBJECT", order + ":5"},
		{"order", "Broker.Subject.CreateOrder", "CREATE_ORDER_SUBJECT", order + ":5"},
		{"order", "broker.address", "nats://nats:4222", order + ":3 (the nearest file; also nats://nats.prod:4222 at services/order/config/config.prod.yaml:2)"}, // config.yaml first; the other file said
		{"order", "broker.queue", "ORDERS", "services/order/config/config.prod.yaml:3"},
		{"order", "service_port", "50000", order + ":1"}, // the whole path, one key
		{"order", "Config.ServicePort", "", ""},          // a tail of one key names too little
		{"order", "metadata.name", "", ""},               // a manifest is no config file
		{"billing", "Config.Ledger.URL", "http://ledger:8080", "services/billing/config.json:1"},
		{"billing", "info.title", "", ""},     // an API description
		{"billing", "broker.address", "", ""}, // the root's config.yaml is no one's
		{"pay", "svcCtx.Config.KqPusherConf.Topic", "payment-update-paystatus-topic", "app/pay/cmd/rpc/etc/pay.yaml:3"},
		{"nosuch", "broker.address", "", ""},
	} {
		v, where, ok := s.ConfigValue(c.service, c.key)
		if v != c.value || where != c.where || ok != (c.value != "") {
			t.Errorf("ConfigValue(%q, %q) = %q, %q, %v; want %q, %q", c.service, c.key, v, where, ok, c.value, c.where)
		}
	}
}
