// Command orders serves orders; its package holds code that runs and
// code that never does.
package main

import (
	"net/http"

	"deadcode/services/orders"
)

func main() {
	s := &orders.Server{}
	var n orders.Notifier = orders.Mailer{}
	http.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		s.Create()
		n.Notify()
	})
	register(orders.Reports{})
	http.ListenAndServe(":8080", nil)
}

// register hands a value to something that calls its exported methods by
// reflection (net/rpc's Register, go-micro's handlers).
func register(v any) { _ = v }
