// Package syncchain defines an Analyzer that reports synchronous call
// chains across services deeper than a limit, and synchronous cycles
// between services.
//
// # syncchain: synchronous call chains across services
//
// Every synchronous hop couples uptime and stacks latency: a request that
// crosses five services that are each up 99.9% of the time succeeds at
// most 99.5% of the time, and waits for the slowest of them. A chain is
// followed at endpoint level: a handler of A calls an endpoint of B whose
// handler calls C. Calls from different handlers do not make a chain. A
// chain longer than rules.syncchain.max-depth hops (default 3) is
// reported once, in its longest form, at its first call; so is every
// cycle of synchronous calls between services.
//
// It needs the whole program (boundcheck check); under go vet it reports
// nothing.
//
// Bad:
//
//	// gateway → orders → payments → ledger → fraud: four hops
//	func (h *OrdersHandler) Create(w http.ResponseWriter, r *http.Request) {
//		h.payments.Charge(r.Context(), req) // payments calls ledger, which calls fraud
//	}
//
// Good:
//
//	func (h *OrdersHandler) Create(w http.ResponseWriter, r *http.Request) {
//		h.outbox.Publish(r.Context(), OrderPlaced{ID: id}) // payments reacts to the event
//		w.WriteHeader(http.StatusAccepted)
//	}
package syncchain
