// Package cli keeps its commands in package-level values, whose Run a
// loop calls through a field: no call in the program names them, and
// they run all the same.
package cli

import "net/http"

type Command struct {
	Run func() error
}

var serve = &Command{Run: func() error {
	_, err := http.Get("http://billing:8080/invoices")
	return err
}}

var commands = []*Command{serve, {Run: report}}

func report() error {
	_, err := http.Get("http://billing:8080/invoices?summary=1")
	return err
}

func Execute() {
	for _, c := range commands {
		c.Run()
	}
}
