// Package spare has a command of its own, but no service imports it: its
// package-level function runs nowhere.
package spare

import "net/http"

var Ping = func() error {
	_, err := http.Get("http://billing:8080/ping")
	return err
}
