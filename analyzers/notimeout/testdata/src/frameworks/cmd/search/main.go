// Command search serves search with gin behind gin-contrib/timeout. The
// middleware ends the request when the timeout fires, which cancels
// c.Request.Context(); the engine does not set ContextWithFallback, so the
// *gin.Context used as a context.Context is never cancelled and has no
// deadline.
package main

import (
	"log"
	"time"

	"github.com/gin-contrib/timeout"
	"github.com/gin-gonic/gin"

	"frameworks/services/search"
	"frameworks/services/search/docs"
)

func main() {
	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.Use(timeout.New(timeout.WithTimeout(2 * time.Second)))
	r.GET("/search", search.Query)
	r.GET("/suggest", search.Suggest)
	h := &docs.Handler{F: search.NewFetcher()}
	r.GET("/docs/:id", h.Get)
	r.GET("/docs/:id/bounded", h.GetBounded)
	log.Fatal(r.Run(":8082"))
}
