package main

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/timeout"

	"fiberapp/pkg/prices"
	"fiberapp/services/admin"
)

func main() {
	h := &admin.Handlers{Prices: prices.New()}
	app := fiber.New()
	app.Get("/price/:sku", timeout.NewWithContext(h.Price, 2*time.Second))
	app.Listen(":8081")
}
