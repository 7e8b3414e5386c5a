// Command billing serves what orders calls.
package main

import "net/http"

func main() {
	for _, p := range []string{"/charges", "/audit", "/notices", "/monthly", "/legacy", "/ping"} {
		http.HandleFunc(p, func(http.ResponseWriter, *http.Request) {})
	}
	http.ListenAndServe(":8080", nil)
}
