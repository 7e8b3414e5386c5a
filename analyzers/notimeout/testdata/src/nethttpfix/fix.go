// Package nethttpfix covers the suggested fix: a request from
// http.NewRequest when a context is in scope.
package nethttpfix

import (
	"context"
	"net/http"
)

func fetch(ctx context.Context, url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req) // want `\(\*http.Client\).Do uses http.DefaultClient, which has no timeout and a request from http.NewRequest, which has no context`
}

func serve(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest(http.MethodGet, "http://inventory/stock", nil)
	http.DefaultClient.Do(req) // want `a request from http.NewRequest`
}

// No context in scope: no fix.
func poll(url string) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	http.DefaultClient.Do(req) // want `a request from http.NewRequest`
}
