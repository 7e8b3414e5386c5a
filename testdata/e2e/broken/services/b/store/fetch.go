package store

import (
	"context"
	"net/http"
)

// Fetch does not parse: a statement is cut off beside an outbound call.
func Fetch(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://a/orders", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req,
	return err
}
