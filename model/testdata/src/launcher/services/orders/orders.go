// Package orders calls billing through the client that billing's package
// keeps beside its server.
package orders

import (
	"net/http"

	"launcher/services/billing"
)

func Run() error {
	c := billing.NewClient("http://billing:8080")
	http.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		c.Invoices()
		c.Totals()
	})
	return http.ListenAndServe(":8080", nil)
}
