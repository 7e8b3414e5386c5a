// Package inventory tracks stock levels per SKU.
package inventory

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	catalogv1 "example.com/system/api/catalog/v1"
)

// Server is the inventory HTTP API.
type Server struct {
	catalog catalogv1.CatalogClient

	mu    sync.Mutex
	stock map[string]int
}

// NewServer returns the API; catalog validates SKUs.
func NewServer(catalog catalogv1.CatalogClient, stock map[string]int) *Server {
	return &Server{catalog: catalog, stock: stock}
}

// Routes returns the API's routes.
func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /stock/{sku}", s.getStock)
	return mux
}

type level struct {
	SKU       string `json:"sku"`
	Name      string `json:"name"`
	Available int    `json:"available"`
}

// getStock answers for SKUs the catalogue knows, with the product's name.
func (s *Server) getStock(w http.ResponseWriter, r *http.Request) {
	sku := r.PathValue("sku")
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	resp, err := s.catalog.GetProduct(ctx, &catalogv1.GetProductRequest{Sku: sku})
	if status.Code(err) == codes.NotFound {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "catalog unavailable", http.StatusBadGateway)
		return
	}
	s.mu.Lock()
	n := s.stock[sku]
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(level{SKU: sku, Name: resp.GetProduct().GetName(), Available: n})
}
