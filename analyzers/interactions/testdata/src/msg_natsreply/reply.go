// Package msg_natsreply answers NATS requests: a subscriber that publishes
// to the reply subject of the message it received answers a request, and
// is no publisher. The look-alikes publish to a subject built from a
// received message's subject, and to a field named Reply of the package's
// own type.
package msg_natsreply

import "github.com/nats-io/nats.go"

type envelope struct{ Reply string }

func serve(nc *nats.Conn) error {
	_, err := nc.Subscribe("quotes.get", func(m *nats.Msg) { //@message("consume nats quotes.get handler=func@13")
		_ = nc.Publish(m.Reply, []byte("42"))
		_ = nc.PublishMsg(&nats.Msg{Subject: m.Reply, Data: []byte("42")})
		_ = nc.Publish((m.Reply), nil)
		_ = nc.Publish(m.Subject+".done", nil) //@message("publish nats {Reply}.done | {Subject}.done")
	})
	return err
}

// respond answers through a helper that builds the reply with NewMsg.
func respond(nc *nats.Conn, m *nats.Msg, body []byte) {
	r := nats.NewMsg(m.Reply)
	r.Data = body
	_ = nc.PublishMsg(r)
}

func forward(nc *nats.Conn, e envelope) error {
	return nc.Publish(e.Reply, nil) //@message("publish nats {Reply}")
}
