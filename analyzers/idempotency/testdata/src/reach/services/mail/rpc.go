package mail

import (
	"context"

	"github.com/nats-io/nats.go"
	"google.golang.org/grpc"

	"reach/services/mail/walletpb"
)

// RPC calls a method that makes something new (reported) and one that
// reads (clean).
func RPC(nc *nats.Conn) {
	conn, _ := grpc.NewClient("wallet:9090")
	w := walletpb.NewWalletClient(conn)
	nc.Subscribe("charge", func(m *nats.Msg) { // want `mail consumes nats:charge and, on every delivery, call external:wallet /wallet.v1.Wallet/ChargeCard`
		w.ChargeCard(context.Background(), &walletpb.Request{Id: string(m.Data)})
	})
	nc.Subscribe("balance", func(m *nats.Msg) {
		w.GetBalance(context.Background(), &walletpb.Request{Id: string(m.Data)})
	})
}
