// Package domain is internal to orders.
package domain

// Order is the orders service's own model.
type Order struct{ Items []int64 }

// TotalCents adds up the items.
func (o Order) TotalCents() int64 {
	var t int64
	for _, i := range o.Items {
		t += i
	}
	return t
}
