package catalog

import "testing"

// TestIdempotencyHeader checks the names of an idempotency key's header,
// in any case, and look-alikes.
func TestIdempotencyHeader(t *testing.T) {
	for name, want := range map[string]bool{
		"Idempotency-Key":   true,
		"idempotency-key":   true,
		"X-Idempotency-Key": true,
		"x-idempotency-key": true,
		"Idempotency":       false,
		"X-Request-Id":      false,
		"Idempotency-Keys":  false,
		"":                  false,
	} {
		if got := IdempotencyHeader(name); got != want {
			t.Errorf("IdempotencyHeader(%q) = %v, want %v", name, got, want)
		}
	}
}
