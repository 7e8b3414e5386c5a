package calls_deadline

import (
	"context"
	"errors"
	"net/http"
	"time"
)

var errSlow = errors.New("slow")

func timeout(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/a", nil)
}

func timeoutCause(ctx context.Context) {
	ctx, cancel := context.WithTimeoutCause(ctx, 3*time.Second, errSlow)
	defer cancel()
	http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/b", nil)
}

func deadline(ctx context.Context) {
	ctx, cancel := context.WithDeadline(ctx, time.Now().Add(time.Second))
	defer cancel()
	http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/c", nil)
}

func deadlineCause(ctx context.Context) {
	ctx, cancel := context.WithDeadlineCause(ctx, time.Now().Add(time.Second), errSlow)
	defer cancel()
	http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/d", nil)
}

func timeoutOfUnknownLength(ctx context.Context, d time.Duration) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/e", nil)
}

func none(ctx context.Context) {
	http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/f", nil)
}

func client(ctx context.Context) {
	hc := &http.Client{Timeout: 5 * time.Second}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/g", nil)
	hc.Do(req)
}

func clientOfUnknownTimeout(ctx context.Context, d time.Duration) {
	hc := &http.Client{Timeout: d}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/h", nil)
	hc.Do(req)
}
