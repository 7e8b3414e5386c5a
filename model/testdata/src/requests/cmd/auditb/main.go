// Command auditb answers audit.b.
package main

import "github.com/nats-io/nats.go"

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	nc.Subscribe("audit.b", func(m *nats.Msg) { m.Respond(nil) })
	select {}
}
