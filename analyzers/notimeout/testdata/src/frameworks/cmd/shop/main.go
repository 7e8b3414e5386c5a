// Command shop serves the storefront with gin and no timeout middleware:
// the server's WriteTimeout does not put a deadline on requests' contexts.
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"

	"frameworks/services/shop"
)

func main() {
	h := shop.NewHandler(os.Getenv("INVENTORY_URL"), os.Getenv("PRICING_URL"))
	r := gin.Default()
	r.GET("/products/:id", h.GetProduct)
	r.GET("/products/:id/stock", h.GetStock)
	r.POST("/carts/:id/checkout", h.Checkout)
	h.Register(r)
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           r.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      10 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
