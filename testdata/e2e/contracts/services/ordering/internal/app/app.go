// Package app is ordering's application layer.
package app

import (
	"example.com/contracts/services/basketspb"
	"example.com/contracts/services/stores/storesdb"
	"example.com/contracts/services/stores/storespb"
	storesv1 "example.com/contracts/services/stores/transport/v1"
)

// Place places an order for a basket in a store.
func Place(b basketspb.Basket, s storespb.Store) string {
	_ = storesv1.GetStoreRequest{Id: s.ID}
	return b.ID + storesdb.Row{}.ID
}
