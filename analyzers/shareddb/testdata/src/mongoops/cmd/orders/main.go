package main

import (
	"context"

	"mongoops/services/orders"
)

func main() { _, _ = orders.Open(context.Background()) }
