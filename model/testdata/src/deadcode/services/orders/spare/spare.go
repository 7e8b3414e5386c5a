// Package spare belongs to orders and nothing imports it.
package spare

import "net/http"

func Ping() { http.Get("http://billing:8080/ping") }
