// Command audita answers audit.a.
package main

import "github.com/nats-io/nats.go"

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	nc.Subscribe("audit.a", func(m *nats.Msg) { m.Respond(nil) })
	select {}
}
