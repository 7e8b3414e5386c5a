// Package search serves search with gin behind gin-contrib/timeout // want package:"has sinks"
// (installed in cmd/search).
package search

import (
	"context"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

var index = &http.Client{}

const indexURL = "http://index:9200/_search"

// Query uses the request's context, which the middleware bounds.
func Query(c *gin.Context) {
	req, _ := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, indexURL+"?q="+url.QueryEscape(c.Query("q")), nil)
	resp, err := index.Do(req)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	c.Status(resp.StatusCode)
}

// Suggest uses the *gin.Context as the context: without the engine's
// ContextWithFallback its Deadline reports none and its Done channel is
// nil, whatever the middleware does to c.Request.
func Suggest(c *gin.Context) {
	req, _ := http.NewRequestWithContext(c, http.MethodGet, indexURL+"?suggest="+url.QueryEscape(c.Query("q")), nil)
	resp, err := index.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and .*\*gin.Context.*ContextWithFallback`
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	c.Status(resp.StatusCode)
}

// Fetcher fetches a document by id.
type Fetcher interface {
	Fetch(ctx context.Context, id string) error
}

type indexFetcher struct{}

// NewFetcher returns a Fetcher that reads the index.
func NewFetcher() Fetcher { return indexFetcher{} }

func (indexFetcher) Fetch(ctx context.Context, id string) error { // want Fetch:`sink\(0 ctx`
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, indexURL+"/"+url.PathEscape(id), nil)
	resp, err := index.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
