// Package server starts the services' listeners.
package server

import (
	"fmt"
	"net"
	"net/http"
)

// Run serves h on port.
func Run(port int, h http.Handler) error {
	l, err := net.Listen("tcp", fmt.Sprintf(":%d", port))
	if err != nil {
		return err
	}
	return http.Serve(l, h)
}
