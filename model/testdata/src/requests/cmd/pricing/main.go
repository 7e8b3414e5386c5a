// Command pricing serves prices over HTTP.
package main

import "net/http"

func main() {
	http.HandleFunc("/price", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", nil)
}
