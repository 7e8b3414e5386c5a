// Package middleware serves routes through middleware, handler
// variables and handler types.
package middleware

import (
	"net/http"
	"time"

	"middleware/mw"
)

func charge(w http.ResponseWriter, r *http.Request) {}
func stock(w http.ResponseWriter, r *http.Request)  {}
func refund(w http.ResponseWriter, r *http.Request) {}

var health = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})

func auth(next http.Handler) http.Handler {
	setup()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func setup() {}

func logged(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { next(w, r) }
}

// deny never calls the handler it is given.
func deny(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusForbidden) })
}

// timed names its handler before it converts it.
func timed(next http.Handler) http.Handler {
	fn := func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) }
	return http.HandlerFunc(fn)
}

// ordersHandler is a handler type.
type ordersHandler struct{ store string }

func (h *ordersHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func newOrdersHandler() *ordersHandler { return &ordersHandler{store: "x"} }

// chain applies middleware in order.
type chain []func(http.Handler) http.Handler

func (c chain) then(h http.Handler) http.Handler {
	for i := len(c) - 1; i >= 0; i-- {
		h = c[i](h)
	}
	return h
}

func routes(mux *http.ServeMux) {
	mux.Handle("/charge", auth(logged(charge)))
	mux.Handle("/health", health)
	h := http.HandlerFunc(stock)
	mux.Handle("/stock", http.TimeoutHandler(h, time.Second, "slow"))
	mux.Handle("/refund", deny(http.HandlerFunc(refund)))
	mux.Handle("/orders", &ordersHandler{})
	mux.Handle("/orders/", auth(newOrdersHandler()))
	mux.Handle("/chained", chain{auth}.then(http.HandlerFunc(charge)))
	mux.Handle("/timed", timed(http.HandlerFunc(stock)))
	mux.Handle("/verified", mw.Verify(http.HandlerFunc(stock)))
	mux.Handle("/named", mw.Name("x"))
}
