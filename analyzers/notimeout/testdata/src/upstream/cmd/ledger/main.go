// Command ledger serves /entries, which front calls without a deadline:
// the calls on its request's context are reported, naming front.
package main

import (
	"net/http"
)

var store = &http.Client{}

func main() {
	http.HandleFunc("/entries", entries)
	http.ListenAndServe(":8080", nil)
}

func entries(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), "PUT", "http://blob.example.com/x", nil)
	store.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and the incoming request's context, which has no deadline \(service ledger installs no timeout middleware; its caller sets no deadline: front at main.go:28\)`
}
