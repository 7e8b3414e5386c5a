// Package gin is a minimal stub of github.com/gin-gonic/gin (checked against v1.12.0).
package gin

import (
	"net/http"
	"time"
)

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// OptionFunc defines the function to change the default configuration
type OptionFunc func(*Engine)

// H is a shortcut for map[string]any
type H map[string]any

// Param is a single URL parameter, consisting of a key and a value.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

// ResponseWriter ... (trimmed: the real interface also embeds http.Hijacker,
// http.Flusher, http.CloseNotifier and has more methods)
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
	Size() int
	Written() bool
}

// Context is the most important part of gin.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Params Params

	handlers HandlersChain
	index    int8
	engine   *Engine

	Keys map[any]any
}

func (c *Context) Next() {}

func (c *Context) Abort() {}

func (c *Context) AbortWithStatus(code int) {}

func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

func (c *Context) Set(key any, value any) {}

func (c *Context) Get(key any) (value any, exists bool) { return nil, false }

func (c *Context) Param(key string) string { return "" }

func (c *Context) Query(key string) (value string) { return "" }

func (c *Context) ShouldBindJSON(obj any) error { return nil }

func (c *Context) Status(code int) {}

func (c *Context) JSON(code int, obj any) {}

func (c *Context) String(code int, format string, values ...any) {}

// Deadline returns that there is no deadline (ok==false) when c.Request has no Context
// (or Engine.ContextWithFallback is false).
func (c *Context) Deadline() (deadline time.Time, ok bool) {
	if c.engine == nil || !c.engine.ContextWithFallback || c.Request == nil {
		return
	}
	return c.Request.Context().Deadline()
}

// Done returns nil (chan which will wait forever) when c.Request has no Context.
func (c *Context) Done() <-chan struct{} {
	if c.engine == nil || !c.engine.ContextWithFallback || c.Request == nil {
		return nil
	}
	return c.Request.Context().Done()
}

// Err returns nil when c.Request has no Context.
func (c *Context) Err() error {
	if c.engine == nil || !c.engine.ContextWithFallback || c.Request == nil {
		return nil
	}
	return c.Request.Context().Err()
}

// Value returns the value associated with this context for key.
func (c *Context) Value(key any) any {
	if c.engine == nil || !c.engine.ContextWithFallback || c.Request == nil {
		return nil
	}
	return c.Request.Context().Value(key)
}

// IRouter defines all router handle interface includes single and group router.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
	engine   *Engine
	root     bool
}

var _ IRouter = (*RouterGroup)(nil)

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes {
	group.Handlers = append(group.Handlers, middleware...)
	return group
}

func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return &RouterGroup{Handlers: handlers, basePath: relativePath, engine: group.engine}
}

func (group *RouterGroup) BasePath() string { return group.basePath }

func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}

func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}

func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}

func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { return group }

func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	return group
}

func (group *RouterGroup) Static(relativePath, root string) IRoutes { return group }

func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return group }

// Engine is the framework's instance, it contains the muxer, middleware and configuration settings.
type Engine struct {
	RouterGroup

	// ContextWithFallback enable fallback Context.Deadline(), Context.Done(),
	// Context.Err() and Context.Value() when Context.Request.Context() is not nil.
	ContextWithFallback bool
}

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine {
	engine := &Engine{}
	engine.RouterGroup.engine = engine
	engine.RouterGroup.root = true
	for _, opt := range opts {
		opt(engine)
	}
	return engine
}

// Default returns an Engine instance with the Logger and Recovery middleware already attached.
func Default(opts ...OptionFunc) *Engine {
	engine := New()
	engine.Use(Logger(), Recovery())
	for _, opt := range opts {
		opt(engine)
	}
	return engine
}

// Handler returns the engine as an http.Handler.
func (engine *Engine) Handler() http.Handler { return engine }

// Use attaches a global middleware to the router.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes {
	engine.RouterGroup.Use(middleware...)
	return engine
}

// Run attaches the router to a http.Server and starts listening and serving HTTP requests.
func (engine *Engine) Run(addr ...string) (err error) { return nil }

// ServeHTTP conforms to the http.Handler interface.
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// Logger instances a Logger middleware.
func Logger() HandlerFunc { return func(*Context) {} }

// Recovery returns a middleware that recovers from any panics.
func Recovery() HandlerFunc { return func(*Context) {} }
