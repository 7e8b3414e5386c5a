// Command audit serves /log, which no analysed service calls: its callers
// are not seen, and the request's context is judged as before.
package main

import (
	"net/http"
)

var store = &http.Client{}

func main() {
	http.HandleFunc("/log", logEntry)
	http.ListenAndServe(":8080", nil)
}

func logEntry(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), "PUT", "http://blob.example.com/z", nil)
	store.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and the incoming request's context, which has no deadline \(service audit installs no timeout middleware\); set Timeout`
}
