// Command stock answers reservations for its warehouse.
package main

import "github.com/nats-io/nats.go"

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	nc.QueueSubscribe("stock.reserve.main", "stock", func(m *nats.Msg) { m.Respond(nil) })
	select {}
}
