// Command admin serves the back office with echo behind ContextTimeout:
// every request's context has a deadline.
package main

import (
	"log"
	"os"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"frameworks/services/admin"
	"frameworks/services/admin/audit"
)

func main() {
	h := admin.NewHandler(os.Getenv("USERS_URL"), audit.New(os.Getenv("AUDIT_URL")))
	e := echo.New()
	e.Use(middleware.Logger(), middleware.Recover())
	e.Use(middleware.ContextTimeout(10 * time.Second))
	e.GET("/users/:id", h.GetUser)
	e.POST("/users/:id/disable", h.DisableUser)
	log.Fatal(e.Start(":8081"))
}
