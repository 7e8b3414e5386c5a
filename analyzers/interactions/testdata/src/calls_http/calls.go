package calls_http

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
)

type Config struct {
	PaymentsURL string `envconfig:"PAYMENTS_URL" default:"http://payments:8080"`
}

// PaymentsClient keeps its base URL in a field set by its constructor.
type PaymentsClient struct {
	base string
	hc   *http.Client
}

func NewPaymentsClient(base string) *PaymentsClient { // want NewPaymentsClient:"params #0"
	return &PaymentsClient{base: strings.TrimSuffix(base, "/"), hc: &http.Client{}}
}

func (c *PaymentsClient) Charge(ctx context.Context, id string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/charges/%s", c.base, id), nil) //@call("http POST {param calls_http.NewPaymentsClient#0}/charges/{param (*calls_http.PaymentsClient).Charge#1}")
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req) // recorded at NewRequestWithContext
	return err
}

func stock(cfg Config, sku string) {
	http.Get(cfg.PaymentsURL + "/stock/" + sku) //@call("http GET ${PAYMENTS_URL}/stock/{?}")
	u, _ := url.JoinPath(os.Getenv("INVENTORY_URL"), "items", sku)
	http.Post(u, "application/json", nil)                         //@call("http POST ${INVENTORY_URL}/items/{?}")
	http.NewRequest("DELETE", "http://inventory:8080/items", nil) //@call("http DELETE http://inventory:8080/items")
}

func fromRequest(r *http.Request) {
	http.Get(r.Header.Get("X-Callback")) // unresolvable //@call("http GET {?}")
}

func restyCalls() {
	client := resty.New().SetBaseURL("http://ledger:8080")
	client.R().SetBody("x").Post("/entries")           //@call("http POST http://ledger:8080/entries")
	client.R().Get("https://api.example.com/v1/rates") //@call("http GET https://api.example.com/v1/rates")
	retryablehttp.Get("http://audit/events")           //@call("http GET http://audit/events")
}

const idemHeader = "X-Idempotency-Key"

// idempotent sends requests that carry an idempotency key: set with
// Header.Set, Header.Add, by index with a constant name in another case,
// resty's SetHeader in the chain or on the request's variable.
func idempotent(ctx context.Context, hc *http.Client, key string) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://payments:8080/charges", nil) //@call("http POST http://payments:8080/charges idempotency-key")
	req.Header.Set("Idempotency-Key", key)
	hc.Do(req)
	add, _ := http.NewRequest(http.MethodPost, "http://payments:8080/refunds", nil) //@call("http POST http://payments:8080/refunds idempotency-key")
	add.Header.Add("idempotency-key", key)
	hc.Do(add)
	byIndex, _ := http.NewRequest(http.MethodPost, "http://payments:8080/payouts", nil) //@call("http POST http://payments:8080/payouts idempotency-key")
	byIndex.Header[idemHeader] = []string{key}
	hc.Do(byIndex)
	client := resty.New()
	client.R().SetHeader("Idempotency-Key", key).SetBody("x").Post("http://ledger:8080/entries") //@call("http POST http://ledger:8080/entries idempotency-key")
	r := client.R()
	r.SetHeader(idemHeader, key)
	r.Put("http://ledger:8080/balances") //@call("http PUT http://ledger:8080/balances idempotency-key")
}

// notIdempotent sends look-alikes: another header, a header named by a
// variable, the key set on another request of the same function, a
// request assigned twice, and another header in a resty chain.
func notIdempotent(ctx context.Context, hc *http.Client, key, name string) {
	other, _ := http.NewRequest(http.MethodPost, "http://payments:8080/charges", nil) //@call("http POST http://payments:8080/charges")
	other.Header.Set("X-Request-Id", key)
	other.Header.Set(name, key)
	hc.Do(other)
	keyed, _ := http.NewRequest(http.MethodPost, "http://payments:8080/refunds", nil) //@call("http POST http://payments:8080/refunds idempotency-key")
	keyed.Header.Set("Idempotency-Key", key)
	plain, _ := http.NewRequest(http.MethodPost, "http://payments:8080/payouts", nil) //@call("http POST http://payments:8080/payouts")
	hc.Do(keyed)
	hc.Do(plain)
	twice, _ := http.NewRequest(http.MethodPost, "http://payments:8080/a", nil) //@call("http POST http://payments:8080/a")
	twice, _ = http.NewRequest(http.MethodPost, "http://payments:8080/b", nil)  //@call("http POST http://payments:8080/b")
	twice.Header.Set("Idempotency-Key", key)
	hc.Do(twice)
	client := resty.New()
	client.R().SetHeader("Idempotency-Key", key)
	client.R().SetHeader("X-Request-Id", key).Post("http://ledger:8080/entries") //@call("http POST http://ledger:8080/entries")
}

// A look-alike: a method named Get on an own type is not an HTTP call.
type cache struct{}

func (cache) Get(url string) string { return url }

func lookAlike() {
	var c cache
	c.Get("http://not-a-call")
}

// upstreams is a gateway's table of services, filled by a literal only.
var upstreams = map[string]string{
	"users":  os.Getenv("USERS_URL"),
	"orders": "http://orders:8080",
}

// proxyTo forwards to the service named: its only caller names users, so
// only that entry is the target.
func proxyTo(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		base, ok := upstreams[name]
		if !ok {
			return
		}
		target, _ := url.Parse(base)
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r) //@call("http  ${USERS_URL}")
	}
}

func gateway() {
	http.HandleFunc("/users/", proxyTo("users"))
}

// anyUpstream looks a name up that is not known: every entry may be it.
func anyUpstream(name string) {
	http.Get(upstreams[name] + "/health") //@call("http GET ${USERS_URL}/health | http://orders:8080/health")
}

var _ = anyUpstream
