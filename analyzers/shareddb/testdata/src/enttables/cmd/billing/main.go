package main

import (
	"context"

	"enttables/ent"
	"enttables/services/billing"
)

func main() {
	client, _ := ent.Open("postgres", "postgres://app@db:5432/shop")
	_ = billing.Run(context.Background(), client)
}
