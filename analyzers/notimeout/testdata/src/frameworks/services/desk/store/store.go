// Package store loads tickets over HTTP, with a client without a timeout. // want package:"has sinks"
package store

import (
	"context"
	"net/http"
)

var client = &http.Client{}

// HTTPStore loads tickets from the tickets service.
type HTTPStore struct{}

// Load loads ticket id.
func (*HTTPStore) Load(ctx context.Context, id string) error { // want Load:`sink\(0 ctx`
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://tickets:8080/tickets/"+id, nil)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
