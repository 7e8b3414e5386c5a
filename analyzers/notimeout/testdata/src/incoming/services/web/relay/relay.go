// Package relay makes no outbound call of its own: it hands the request's
// context on, through a variable, to whatever Looker main sets (web's),
// and a context with a deadline to it too. Only the whole program tells
// that the call reaches web's client, so the package is read by its
// syntax alone.
package relay

import (
	"context"
	"net/http"
	"time"
)

type Looker interface {
	Look(ctx context.Context, sku string)
}

var L Looker

func Relay(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	L.Look(ctx, "sku") // want `\(relay.Looker\).Look \(\(web.Looker\).Look\) is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at web.go:\d+`
}

func Bounded(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	L.Look(ctx, "sku")
}
