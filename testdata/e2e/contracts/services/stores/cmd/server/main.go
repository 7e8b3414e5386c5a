// Command server runs stores.
package main

import (
	"example.com/contracts/services/stores/storesdb"
	"example.com/contracts/services/stores/storespb"
	storesv1 "example.com/contracts/services/stores/transport/v1"
)

func main() {
	_ = storespb.Store{ID: storesdb.Row{}.ID}
	_ = storesv1.GetStoreRequest{}
}
