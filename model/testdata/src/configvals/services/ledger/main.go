// Command ledger consumes with go-queue from a KqConf its config file
// fills.
package main

import (
	"context"

	"github.com/zeromicro/go-queue/kq"
)

type Config struct {
	PayDoneConf kq.KqConf
}

type handler struct{}

func (handler) Consume(ctx context.Context, key, value string) error { return nil }

func main() {
	var c Config
	q := kq.MustNewQueue(c.PayDoneConf, handler{})
	q.Start()
}
