// Command stock serves /items, whose only caller (batch) sets a deadline:
// the calls on its request's context are bounded by it.
package main

import (
	"net/http"
)

var store = &http.Client{}

func main() {
	http.HandleFunc("/items", items)
	http.ListenAndServe(":8080", nil)
}

func items(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "http://blob.example.com/y", nil)
	store.Do(req)
}
