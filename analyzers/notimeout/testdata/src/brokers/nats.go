package brokers

import (
	"context"
	"time"

	"github.com/nats-io/nats.go"
)

// Request takes its own timeout.
func quote(nc *nats.Conn, sku string) ([]byte, error) {
	msg, err := nc.Request("pricing.quote", []byte(sku), 2*time.Second)
	if err != nil {
		return nil, err
	}
	return msg.Data, nil
}

func quoteMsg(nc *nats.Conn, sku string) (*nats.Msg, error) {
	return nc.RequestMsg(&nats.Msg{Subject: "pricing.quote", Data: []byte(sku)}, time.Second)
}

// RequestWithContext waits for the reply as long as the context allows.
func quoteBackground(nc *nats.Conn, sku string) (*nats.Msg, error) {
	return nc.RequestWithContext(context.Background(), "pricing.quote", []byte(sku)) // want `\(\*nats.Conn\).RequestWithContext uses context.Background\(\), which has no deadline; pass a context with a deadline, or use Request with a timeout`
}

func quoteMsgBackground(nc *nats.Conn, sku string) (*nats.Msg, error) {
	msg := &nats.Msg{Subject: "pricing.quote", Data: []byte(sku), Header: nats.Header{"Tenant": {"eu"}}}
	return nc.RequestMsgWithContext(context.Background(), msg) // want `\(\*nats.Conn\).RequestMsgWithContext uses context.Background\(\), which has no deadline`
}

func quoteDeadline(nc *nats.Conn, sku string) (*nats.Msg, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return nc.RequestWithContext(ctx, "pricing.quote", []byte(sku))
}

// A typed client: Price is as bounded as its callers' context.
type PricingClient struct {
	nc *nats.Conn
}

func (p *PricingClient) Price(ctx context.Context, sku string) ([]byte, error) { // want Price:`sink\(0 ctx → \(\*nats.Conn\).RequestWithContext\)`
	msg, err := p.nc.RequestWithContext(ctx, "pricing.price", []byte(sku))
	if err != nil {
		return nil, err
	}
	return msg.Data, nil
}

func warmPrices(p *PricingClient, skus []string) {
	for _, sku := range skus {
		p.Price(context.TODO(), sku) // want `\(\*brokers.PricingClient\).Price is given context.TODO\(\), which has no deadline; it reaches \(\*nats.Conn\).RequestWithContext at nats.go:\d+`
	}
}

func priceFor(ctx context.Context, p *PricingClient, sku string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	return p.Price(ctx, sku)
}

// A synchronous subscriber waits for the next message: a consume loop.
func drainReplies(nc *nats.Conn, handle func(*nats.Msg)) error {
	sub, err := nc.SubscribeSync("pricing.updates")
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()
	for {
		msg, err := sub.NextMsgWithContext(context.Background())
		if err != nil {
			return err
		}
		handle(msg)
	}
}

// Publish does not wait for a reply.
func publishPrice(nc *nats.Conn, sku string, price []byte) error {
	return nc.Publish("pricing.changed."+sku, price)
}
