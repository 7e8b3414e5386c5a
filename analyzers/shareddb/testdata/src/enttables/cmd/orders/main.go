package main

import (
	"context"

	"enttables/ent"
	"enttables/services/orders"
)

func main() {
	client, _ := ent.Open("postgres", "postgres://app@db:5432/shop")
	_ = orders.Run(context.Background(), client)
}
