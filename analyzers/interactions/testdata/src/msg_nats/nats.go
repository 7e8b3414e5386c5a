// Package msg_nats publishes, requests and subscribes with nats.go: core
// subjects with wildcards and queue groups, message structs, an encoded
// connection, and JetStream through the legacy JetStreamContext.
package msg_nats

import (
	"context"
	"encoding/json"
	"os"
	"time"

	"github.com/nats-io/nats.go"
)

const subjectPaymentAuthorized = "payments.authorized"

// Bus wraps the connection the service publishes on.
type Bus struct{ nc *nats.Conn }

func Connect() (*Bus, error) {
	nc, err := nats.Connect(os.Getenv("NATS_URL"), nats.Name("payments"))
	if err != nil {
		return nil, err
	}
	return &Bus{nc: nc}, nil
}

func (b *Bus) Authorized(id string) error {
	data, err := json.Marshal(map[string]string{"id": id})
	if err != nil {
		return err
	}
	return b.nc.Publish(subjectPaymentAuthorized, data) //@message("publish nats payments.authorized")
}

func (b *Bus) Refunded(region, id string) error { // want Refunded:"params #0"
	msg := &nats.Msg{Subject: "payments.refunded." + region, Data: []byte(id)}
	return b.nc.PublishMsg(msg) //@message("publish nats payments.refunded.{param (*msg_nats.Bus).Refunded#0}")
}

func (b *Bus) audited(id string) error {
	m := nats.NewMsg("payments.audit")
	m.Data = []byte(id)
	return b.nc.PublishMsg(m) //@message("publish nats payments.audit")
}

func (b *Bus) quote(ctx context.Context) (*nats.Msg, error) {
	return b.nc.RequestWithContext(ctx, "fx.quote", []byte(`{"pair":"EURUSD"}`)) //@message("publish nats fx.quote request deadline=false")
}

func (b *Bus) quoteBounded(ctx context.Context) (*nats.Msg, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	return b.nc.RequestMsgWithContext(ctx, &nats.Msg{Subject: "fx.quote"}) //@message("publish nats fx.quote request deadline=true timeout=3s")
}

// announce only names where replies go: a publish, not a request.
func (b *Bus) announce() error {
	return b.nc.PublishRequest("fx.announce", "fx.replies", nil) //@message("publish nats fx.announce")
}

func (b *Bus) rates() (*nats.Msg, error) {
	return b.nc.Request("fx.rates", nil, 2*time.Second) //@message("publish nats fx.rates request deadline=true timeout=2s")
}

func (b *Bus) listen(handle func(*nats.Msg)) error {
	if _, err := b.nc.QueueSubscribe("orders.*", "payments-workers", handle); err != nil { //@message("consume nats orders.* queue=payments-workers handling=unknown")
		return err
	}
	sub, err := b.nc.SubscribeSync("orders.>") //@message("consume nats orders.>")
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()
	ch := make(chan *nats.Msg, 64)
	if _, err := b.nc.ChanSubscribe("inventory.reserved", ch); err != nil { //@message("consume nats inventory.reserved")
		return err
	}
	_, err = b.nc.Subscribe(subjectPaymentAuthorized, func(m *nats.Msg) { m.Respond(nil) }) //@message("consume nats payments.authorized handler=func@79")
	return err
}

type user struct{ ID string }

func encoded(nc *nats.Conn) error {
	ec, err := nats.NewEncodedConn(nc, nats.JSON_ENCODER)
	if err != nil {
		return err
	}
	if err := ec.Publish("users.created", &user{ID: "1"}); err != nil { //@message("publish nats users.created")
		return err
	}
	_, err = ec.QueueSubscribe("users.created", "mailer", func(u *user) {}) //@message("consume nats users.created queue=mailer handler=func@93")
	return err
}

func legacyJetStream(nc *nats.Conn, data []byte) error {
	js, err := nc.JetStream()
	if err != nil {
		return err
	}
	if _, err := js.Publish("ORDERS.created", data); err != nil { //@message("publish nats ORDERS.created")
		return err
	}
	if _, err := js.PublishAsync("ORDERS.shipped", data); err != nil { //@message("publish nats ORDERS.shipped")
		return err
	}
	_, err = js.QueueSubscribe("ORDERS.*", "fulfilment", func(m *nats.Msg) {}, nats.Durable("fulfilment"), nats.ManualAck()) //@message("consume nats ORDERS.* queue=fulfilment handler=func@108")
	if err != nil {
		return err
	}
	sub, err := js.PullSubscribe("ORDERS.created", "billing") //@message("consume nats ORDERS.created queue=billing")
	if err != nil {
		return err
	}
	_, err = sub.Fetch(10)
	return err
}

// publisher is the service's own interface; *nats.Conn does not implement
// it.
type publisher interface {
	Publish(ctx context.Context, subject string, v any) error
}

// fakeConn has nats.Conn's method names and is not one.
type fakeConn struct{}

func (fakeConn) Publish(subject string, data []byte) error { return nil }

func (fakeConn) QueueSubscribe(subject, queue string, cb nats.MsgHandler) error { return nil }

func lookalikes(ctx context.Context, p publisher) {
	_ = p.Publish(ctx, "not.recorded", nil)
	var f fakeConn
	_ = f.Publish("not.recorded", nil)
	_ = f.QueueSubscribe("not.recorded", "q", nil)
}
