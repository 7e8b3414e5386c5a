// Command b runs service b.
package main

import (
	"net/http"

	"example.com/broken/services/b/store"
)

func main() {
	println(store.Limit)
	http.Get("http://a:8080/orders")
}
