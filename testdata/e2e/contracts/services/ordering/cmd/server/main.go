// Command server runs ordering.
package main

import (
	"example.com/contracts/services/basketspb"
	"example.com/contracts/services/ordering/internal/app"
	"example.com/contracts/services/stores/storespb"
)

func main() { _ = app.Place(basketspb.Basket{}, storespb.Store{}) }
