// Package fiber is a minimal stub of github.com/gofiber/fiber/v2 (checked against v2.52.5).
package fiber

import (
	"context"

	"github.com/valyala/fasthttp"
)

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct {
	fasthttp *fasthttp.RequestCtx
	userCtx  context.Context
}

// UserContext returns a context implementation that was set by the user
// earlier or returns a non-nil, empty context, if it was not set earlier.
func (c *Ctx) UserContext() context.Context {
	if c.userCtx == nil {
		return context.Background()
	}
	return c.userCtx
}

// SetUserContext sets a context implementation by user.
func (c *Ctx) SetUserContext(ctx context.Context) { c.userCtx = ctx }

// Context returns *fasthttp.RequestCtx that carries a deadline, a
// cancellation signal, and other values across API boundaries.
func (c *Ctx) Context() *fasthttp.RequestCtx { return c.fasthttp }

// Params is used to get the route parameters.
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

// SendString sets the HTTP response body for string types.
func (c *Ctx) SendString(body string) error { return nil }

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Config is a struct holding the server settings.
type Config struct{}

// Router defines all router handle interface.
type Router interface {
	Get(path string, handlers ...Handler) Router
}

// App denotes the Fiber application.
type App struct{}

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

// Get registers a route for GET methods.
func (app *App) Get(path string, handlers ...Handler) Router { return app }

// Listen serves HTTP requests from the given addr.
func (app *App) Listen(addr string) error { return nil }
