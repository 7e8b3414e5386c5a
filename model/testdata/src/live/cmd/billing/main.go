// Command billing serves the invoices runner's serve command fetches.
package main

import "net/http"

func main() {
	http.HandleFunc("/invoices", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", nil)
}
