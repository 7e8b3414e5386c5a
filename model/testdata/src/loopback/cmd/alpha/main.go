// Command alpha listens on the port another service listens on too.
package main

import "net/http"

func main() {
	http.ListenAndServe(":8090", nil)
}
