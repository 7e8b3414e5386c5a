// Command front calls ledger with no deadline. // want package:"has sinks"
package main

import (
	"context"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 5 * time.Second}

func main() {
	http.HandleFunc("/checkout", checkout)
	http.ListenAndServe(":8080", nil)
}

func checkout(w http.ResponseWriter, r *http.Request) {
	// A timeout on the client bounds front's own wait, not the request's
	// context that ledger sees: but an HTTP client that gives up closes the
	// connection, which ends ledger's request context. So it is a deadline.
	req, _ := http.NewRequestWithContext(context.Background(), "POST", "http://ledger/entries", nil)
	client.Do(req)
	post(r) // want `main.post is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at main.go:29, which uses http.DefaultClient, which has no timeout \(service front installs no timeout middleware\)`
}

// post calls ledger with the incoming request's context, which has none.
func post(r *http.Request) { // want post:`sink\(0 request`
	req, _ := http.NewRequestWithContext(r.Context(), "POST", "http://ledger/entries", nil)
	http.DefaultClient.Do(req)
}
