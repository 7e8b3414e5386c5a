// Package sweeper voids charges that stayed authorized too long, so that a
// crashed order saga does not hold the customer's money.
package sweeper

import (
	"context"
	"log/slog"
	"time"

	"example.com/shop/services/payments/store"
)

// MaxAge is how long a charge may stay authorized.
const MaxAge = 30 * time.Minute

// countTimeout bounds the gauge query on each round.
const countTimeout = 2 * time.Second

// Run sweeps every interval until ctx ends.
func Run(ctx context.Context, st *store.Store, every time.Duration, logger *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := st.VoidStale(ctx, MaxAge)
		if err != nil {
			logger.Error("void stale charges", "err", err)
		} else if n > 0 {
			logger.Info("voided stale charges", "count", n)
		}

		cctx, cancel := context.WithTimeout(ctx, countTimeout)
		// CLEAN(notimeout): the count runs under its own deadline
		waiting, err := st.CountAuthorized(cctx)
		cancel()
		if err == nil {
			logger.Info("charges awaiting capture", "count", waiting)
		}
	}
}
