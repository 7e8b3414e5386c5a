package calls_http

import (
	"context"
	"fmt"
	"net/http"
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

// A look-alike: a method named Get on an own type is not an HTTP call.
type cache struct{}

func (cache) Get(url string) string { return url }

func lookAlike() {
	var c cache
	c.Get("http://not-a-call")
}
