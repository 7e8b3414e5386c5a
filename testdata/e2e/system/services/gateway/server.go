// Package gateway is the public HTTP API of the shop: it checks nothing
// itself and forwards to orders and catalog.
package gateway

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	catalogv1 "example.com/system/api/catalog/v1"
)

// Server holds the gateway's backends.
type Server struct {
	orders  *OrdersClient
	catalog catalogv1.CatalogClient
	cache   *ProductCache
}

// NewServer returns a gateway that forwards to orders and catalog.
func NewServer(orders *OrdersClient, catalog catalogv1.CatalogClient, cache *ProductCache) *Server {
	return &Server{orders: orders, catalog: catalog, cache: cache}
}

// Routes returns the public API.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer)
	r.Route("/api", func(r chi.Router) {
		r.Post("/orders", s.createOrder)
		r.Get("/orders/{id}", s.getOrder)
		r.Get("/products/{sku}", s.getProduct)
	})
	return r
}

func (s *Server) createOrder(w http.ResponseWriter, r *http.Request) {
	resp, err := s.orders.Create(r.Context(), r.Body)
	if err != nil {
		log.Printf("create order: %v", err)
		http.Error(w, "orders unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	relay(w, resp)
}

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) {
	resp, err := s.orders.Get(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		log.Printf("get order: %v", err)
		http.Error(w, "orders unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	relay(w, resp)
}

func (s *Server) getProduct(w http.ResponseWriter, r *http.Request) {
	sku := chi.URLParam(r, "sku")
	if p, ok := s.cache.Get(sku); ok {
		writeJSON(w, p)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	resp, err := s.catalog.GetProduct(ctx, &catalogv1.GetProductRequest{Sku: sku})
	if status.Code(err) == codes.NotFound {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		log.Printf("get product %s: %v", sku, err)
		http.Error(w, "catalog unavailable", http.StatusBadGateway)
		return
	}
	s.cache.Put(sku, resp.GetProduct())
	writeJSON(w, resp.GetProduct())
}

func relay(w http.ResponseWriter, resp *http.Response) {
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	if _, err := io.Copy(w, resp.Body); err != nil {
		log.Printf("relay: %v", err)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode: %v", err)
	}
}
