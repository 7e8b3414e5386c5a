// Package app hands the client main gives it on to a constructor.
package app

import (
	"net/http"

	"clients/services/shop/orders"
)

type App struct{ gw *orders.Gateway }

func New(c *http.Client) *App {
	return &App{gw: orders.NewGateway(c)}
}
