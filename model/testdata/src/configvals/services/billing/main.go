// Command billing consumes the subject its config file names and calls
// order at the URL it names, both read by key through a helper.
package main

import (
	"net/http"

	"github.com/nats-io/nats.go"

	"configvals/pkg/conf"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	_, _ = nc.Subscribe(conf.GetString("broker.subject"), func(m *nats.Msg) {})
	resp, err := http.Get(conf.GetString("order.url") + "/orders")
	if err == nil {
		resp.Body.Close()
	}
}
