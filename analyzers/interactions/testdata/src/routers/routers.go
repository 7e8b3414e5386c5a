// Package routers registers routes on chi, gin, echo and gorilla/mux
// routers, in groups and sub-routers.
package routers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

type api struct{}

func (a *api) listOrders(w http.ResponseWriter, r *http.Request) {}
func (a *api) getOrder(w http.ResponseWriter, r *http.Request)   {}
func (a *api) stock(c *gin.Context)                              {}
func (a *api) users(c echo.Context) error                        { return nil }

func chiRoutes(a *api) http.Handler {
	r := chi.NewRouter()
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) {})
	r.Route("/v1", func(r chi.Router) {
		r.Get("/orders", a.listOrders)
		r.Route("/orders/{id}", func(r chi.Router) {
			r.Get("/", a.getOrder)
		})
		r.Method("DELETE", "/orders/{id}", http.HandlerFunc(a.getOrder))
	})
	return r
}

func ginRoutes(a *api) {
	e := gin.Default()
	v1 := e.Group("/api/v1")
	stock := v1.Group("/stock")
	stock.GET("/:sku", a.stock)
	e.POST("/login", a.stock)
	e.Handle("PUT", "/profile", a.stock)
}

func echoRoutes(a *api) {
	e := echo.New()
	g := e.Group("/admin")
	g.GET("/users", a.users)
	e.Add("PATCH", "/users/:id", a.users)
}

func gorillaRoutes(a *api) {
	r := mux.NewRouter()
	r.HandleFunc("/orders", a.listOrders).Methods("GET")
	sub := r.PathPrefix("/v2").Subrouter()
	sub.HandleFunc("/orders/{id}", a.getOrder).Methods("GET")
	r.Methods("POST").Path("/orders").HandlerFunc(a.listOrders)
}

// A look-alike: a type of this package with a Get method registers nothing.
type fakeRouter struct{}

func (fakeRouter) Get(pattern string, h http.HandlerFunc) {}

func lookalike(a *api) {
	var f fakeRouter
	f.Get("/not-a-route", a.listOrders)
}

// chiTable registers a table of routes under a group.
func chiTable(a *api) {
	r := chi.NewRouter()
	v3 := r.With()
	table := []struct {
		method, path string
		h            http.HandlerFunc
	}{
		{"GET", "/v3/orders", a.listOrders},
		{"DELETE", "/v3/orders/{id}", a.getOrder},
	}
	for _, t := range table {
		v3.Method(t.method, t.path, t.h)
	}
}
