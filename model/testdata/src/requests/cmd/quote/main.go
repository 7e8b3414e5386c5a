// Command quote answers quote.get, asking pricing over HTTP.
package main

import (
	"net/http"

	"github.com/nats-io/nats.go"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	nc.Subscribe("quote.get", func(m *nats.Msg) {
		http.Get("http://pricing:8080/price")
		m.Respond(nil)
	})
	select {}
}
