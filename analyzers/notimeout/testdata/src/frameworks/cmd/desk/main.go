// Command desk serves tickets with echo and with gin, without timeout
// middleware.
package main

import (
	"context"
	"log"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"frameworks/services/desk"
	"frameworks/services/desk/auth"
	"frameworks/services/desk/store"
)

func main() {
	h := &desk.Handler{S: &store.HTTPStore{}}
	h.Run(context.Background()) // want `\(\*desk.Handler\).Run is given context.Background\(\), which has no deadline; it reaches \(\*http.Client\).Do at store.go:\d+`
	e := echo.New()
	e.GET("/tickets/:id", h.Echo)
	r := gin.New()
	r.Use(auth.Trace(), auth.Check())
	r.GET("/tickets/:id", h.Gin)
	go r.Run(":8084")
	log.Fatal(e.Start(":8083"))
}
