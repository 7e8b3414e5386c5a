// Command orders is one module of a workspace whose root is not a module.
package main

import "net/http"

func main() {
	http.Get("http://payments:8080/charges") // no timeout: reported
}
