package values

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

const src = `package p

import (
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
)

type Config struct {
	PaymentsURL string ` + "`envconfig:\"PAYMENTS_URL\" default:\"http://payments:8080\"`" + `
	LedgerURL   string ` + "`env:\"LEDGER_URL\"`" + `
	Other       string
}

type Client struct{ base string }

func NewClient(base string) *Client { return &Client{base: strings.TrimSuffix(base, "/")} }

const port = 8080

var addr = flag.String("addr", "orders:9090", "orders address")
var stock string

func init() { flag.StringVar(&stock, "stock", "http://stock", "") }

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func use(string) {}

type rpc struct{ target string }

func newRPC(t string) *rpc { return &rpc{target: t} }

func g() {
	r := newRPC("inventory:9090")
	use(r.target) // want inventory:9090 | {?}
	_ = newRPC(os.Args[1])
}

func f(cfg Config, id string) {
	use("http://a/" + "b")                                  // want http://a/b
	use(fmt.Sprintf("http://%s:%d/x/%s", "orders", port, id)) // want http://orders:8080/x/{?}
	u := os.Getenv("ORDERS_URL")
	use(u + "/orders")                                       // want ${ORDERS_URL}/orders
	use(cfg.PaymentsURL + "/charge")                         // want ${PAYMENTS_URL}/charge
	use(cfg.LedgerURL)                                       // want ${LEDGER_URL}
	use(cfg.Other)                                           // want {Other}
	use(*addr)                                               // want {flag addr}
	use(stock)                                               // want {flag stock}
	use(getenv("X_URL", "http://x"))                         // want ${X_URL} | http://x
	c := NewClient("http://pay/")
	use(c.base + "/v1")                                      // want {param p.NewClient#0}/v1
	j, _ := url.JoinPath("http://h/", "a", "b")
	use(j)                                                   // want http://h/a/b
	v := (&url.URL{Scheme: "https", Host: net.JoinHostPort("inv", "443"), Path: "/s"}).String()
	use(v)                                                   // want https://inv:443/s
	var w string
	if id != "" {
		w = "http://one"
	} else {
		w = "http://two"
	}
	use(w)                                                   // want http://one | http://two
	use(ordersStream.Name)                                   // want orders
	use(paymentsStream.Name)                                 // want payments
	use(changed.Name)                                        // want a | b
}

type streamConfig struct{ Name string }

// A variable whose values are literals: their fields, not those of every
// literal of the type.
var (
	ordersStream   = streamConfig{Name: "orders"}
	paymentsStream = &streamConfig{Name: "payments"}
	changed        = streamConfig{Name: "a"}
)

func init() { changed = streamConfig{Name: "b"} }
`

func TestStrings(t *testing.T) {
	checkUses(t, src, func(r *Resolver, arg ast.Expr) string {
		var got []string
		for _, v := range r.Strings(arg) {
			got = append(got, v.String())
		}
		return strings.Join(got, " | ")
	})
}

// checkUses type-checks a one-file package and compares render's text for
// the argument of each use(x) call with the "// want TEXT" comment on its
// line; every want must be checked.
func checkUses(t *testing.T, src string, render func(*Resolver, ast.Expr) string) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: make(map[ast.Expr]types.TypeAndValue), Defs: make(map[*ast.Ident]types.Object),
		Uses: make(map[*ast.Ident]types.Object), Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	r := New(pkg, info, []*ast.File{f})
	wants := make(map[int]string)
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if w, ok := strings.CutPrefix(c.Text, "// want"); ok {
				wants[fset.Position(c.Pos()).Line] = strings.TrimSpace(w)
			}
		}
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		call, ok := node.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "use" {
			return true
		}
		line := fset.Position(call.Pos()).Line
		n++
		if g := render(r, call.Args[0]); g != wants[line] {
			t.Errorf("line %d: got %q, want %q", line, g, wants[line])
		}
		return true
	})
	if n != len(wants) {
		t.Errorf("checked %d calls, %d wants", n, len(wants))
	}
}

// TestIllTyped resolves calls that do not type-check (the analyzers run
// despite errors): missing arguments must not panic.
func TestIllTyped(t *testing.T) {
	const bad = `package p

import (
	"net/url"
	"strings"
)

func use(string) {}

func f() {
	j, _ := url.JoinPath()
	use(j)
	use(strings.TrimSuffix("http://x/"))
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", bad, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: make(map[ast.Expr]types.TypeAndValue), Defs: make(map[*ast.Ident]types.Object),
		Uses: make(map[*ast.Ident]types.Object), Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	errs := 0
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(error) { errs++ }}
	pkg, _ := conf.Check("p", fset, []*ast.File{f}, info)
	if errs == 0 {
		t.Fatal("the source type-checks; the test needs calls that do not")
	}
	r := New(pkg, info, []*ast.File{f})
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			for _, a := range call.Args {
				r.Strings(a)
			}
			r.Strings(call)
		}
		return true
	})
}

const replaceSrc = `package p

import (
	"fmt"
	"os"
	"strings"
)

func use(string) {}

type Client struct{ base string }

func NewClient(base string) *Client { return &Client{base: base} }

func ns() string { return os.Args[1] }

func f(c *Client, id string) {
	use(strings.ReplaceAll("orders.<NS>:80", "<NS>", ns()))          // want orders.{?}:80
	use(strings.ReplaceAll("orders.<NS>:80", "<NS>", "prod"))        // want orders.prod:80
	use(strings.Replace("orders:80", "<NS>", ns(), -1))              // want orders:80
	use(strings.ReplaceAll(os.Getenv("ORDERS"), "<NS>", ns()))       // want ${ORDERS} ["<NS>"?]
	use(strings.ReplaceAll(os.Getenv("ORDERS"), "<NS>", "prod"))     // want ${ORDERS} ["<NS>""prod"]
	use(fmt.Sprintf("http://"+c.base+"/x?id=%s", id))               // want http://{param p.NewClient#0}/x?id={?}
	use(fmt.Sprintf("http://"+c.base+"/%s/%d", "v1", 7))            // want http://{param p.NewClient#0}/v1/7
	use(fmt.Sprintf(os.Getenv("FMT"), id))                           // want ${FMT}
}
`

// TestReplace checks strings.Replace(All) on known text, on a value known
// at run time only (the replacement kept on the part), and fmt.Sprintf
// with a format built by concatenation.
func TestReplace(t *testing.T) {
	checkUses(t, replaceSrc, func(r *Resolver, arg ast.Expr) string {
		var got []string
		for _, v := range r.Strings(arg) {
			s := v.String()
			for _, p := range v.Parts {
				if p.Replace != "" {
					s += " [" + p.Replace + "]"
				}
			}
			got = append(got, s)
		}
		return strings.Join(got, " | ")
	})
}

func TestReplacements(t *testing.T) {
	p := Part{Env: "X"}.withReplacement(Replacement{Old: "<NS>", Unknown: true}).withReplacement(Replacement{Old: "a\"b", New: ""})
	got := p.Replacements()
	want := []Replacement{{Old: "<NS>", Unknown: true}, {Old: "a\"b", New: ""}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Replacements() = %+v, want %+v", got, want)
	}
	if s := Apply(got, "x.<NS>.a\"b"); s != "x."+UnknownText+"." {
		t.Errorf("Apply = %q", s)
	}
}

const configSrc = `package p

type Subject struct {
	CreateOrder string ` + "`json:\"create_order\"`" + `
}

type Broker struct {
	Address string  ` + "`mapstructure:\"address\"`" + `
	Subject Subject ` + "`json:\"subject\"`" + `
}

type KqConf struct{ Topic string }

type Config struct {
	Broker      Broker ` + "`json:\"broker\"`" + `
	KqPusher    KqConf
	ServicePort string
}

type svc struct{ Config Config }

func use(string) {}

func f(s svc, cfg Config) {
	use(s.Config.Broker.Subject.CreateOrder) // want Config.broker.subject.create_order
	use(cfg.Broker.Address)                  // want broker.address
	use(s.Config.KqPusher.Topic)             // want Config.KqPusher.Topic
	use(cfg.ServicePort)                     // want
	local := Config{ServicePort: "8080"}
	use(local.KqPusher.Topic + "/x")         // want
}
`

// TestConfigKeys checks the config key path of a string field read
// through struct fields: each by its tag, else its name; a chain of one
// field, and a value the package builds, have none.
func TestConfigKeys(t *testing.T) {
	checkUses(t, configSrc, func(r *Resolver, arg ast.Expr) string {
		var keys []string
		for _, v := range r.Strings(arg) {
			if len(v.Parts) == 1 && v.Parts[0].Key != "" {
				keys = append(keys, v.Parts[0].Key)
			}
		}
		return strings.Join(keys, " | ")
	})
}
