package main

import (
	"context"

	"buntables/services/orders"
)

func main() { _, _ = orders.Open(context.Background()) }
