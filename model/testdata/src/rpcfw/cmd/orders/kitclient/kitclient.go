// Package kitclient is a go-kit client library that orders keeps for its
// callers, as go-kit examples do: orders' main never calls it, so the
// request it describes is no call of orders.
package kitclient

import (
	"net/url"

	httptransport "github.com/go-kit/kit/transport/http"
)

func NewHealth() {
	u, _ := url.Parse("http://hats:8080")
	u.Path = "/health"
	httptransport.NewClient("GET", u, nil, nil)
}
