package store_test

import (
	"example.com/badcompose/services/orders/api"
	"example.com/badcompose/services/orders/store"
)

func ExampleStore() {
	s := store.New()
	s.Put(api.Order{ID: "o1", TotalCents: 100})
	o, _ := s.Get("o1")
	println(o.TotalCents)
	// Output:
}
