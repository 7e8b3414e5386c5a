package main

import (
	"github.com/gofiber/fiber/v2"

	"fiberapp/pkg/prices"
	"fiberapp/services/shop"
)

func main() {
	h := &shop.Handlers{Prices: prices.New()}
	app := fiber.New()
	app.Get("/price/:sku", h.Price)
	app.Listen(":8080")
}
