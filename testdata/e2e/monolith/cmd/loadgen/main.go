// Command loadgen generates load against the services: a tool, not a service.
package main

import (
	"context"
	"net/http"
	"time"

	paymentsstore "example.com/monolith/services/payments/store"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://orders:8080/orders?from="+paymentsstore.Name(), nil)
	if err != nil {
		return
	}
	if resp, err := http.DefaultClient.Do(req); err == nil {
		_ = resp.Body.Close()
	}
}
