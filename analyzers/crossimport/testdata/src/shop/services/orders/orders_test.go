package orders

import (
	"testing"

	"shop/services/orders/store"
)

func TestPlace(t *testing.T) {
	_ = store.Save(0)
}
