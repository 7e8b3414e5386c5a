// Package dapr_header calls other apps through the Dapr sidecar's HTTP
// port with a dapr-app-id header: set with Header.Add or Header.Set on
// the request (in any case), or with resty's SetHeader in the request's
// chain. A request whose other header names an app carries no app-id,
// even when the function sets a dapr-app-id header on another request.
package dapr_header

import (
	"net/http"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
)

func daprHost() string {
	if h := os.Getenv("DAPR_HOST"); h != "" {
		return h
	}
	return "http://localhost"
}

func Checkout(order string) error {
	req, err := http.NewRequest("POST", daprHost()+":3500/orders", strings.NewReader(order)) //@call("http POST ${DAPR_HOST}:3500/orders | http://localhost:3500/orders app-id=order-processor")
	if err != nil {
		return err
	}
	req.Header.Add("dapr-app-id", "order-processor")
	_, err = http.DefaultClient.Do(req)
	return err
}

func Stock(sku string) error {
	req, err := http.NewRequest("GET", "http://localhost:3500/stock/"+sku, nil) //@call("http GET http://localhost:3500/stock/{param dapr_header.Stock#0} app-id=${STOCK_APP}")
	if err != nil {
		return err
	}
	req.Header.Set("Dapr-App-Id", os.Getenv("STOCK_APP"))
	_, err = http.DefaultClient.Do(req)
	return err
}

func Ship(client *resty.Client) error {
	_, err := client.R().SetHeader("dapr-app-id", "shipping").Post("http://localhost:3500/shipments") //@call("http POST http://localhost:3500/shipments app-id=shipping")
	return err
}

func lookalike() error {
	req, err := http.NewRequest("GET", "http://localhost:8080/health", nil) //@call("http GET http://localhost:8080/health")
	if err != nil {
		return err
	}
	req.Header.Set("X-App-Id", "order-processor")
	other, _ := http.NewRequest("GET", "http://localhost:3500/other", nil) //@call("http GET http://localhost:3500/other app-id=order-processor")
	other.Header.Set("dapr-app-id", "order-processor")
	_, err = http.DefaultClient.Do(req)
	return err
}
