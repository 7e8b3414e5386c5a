// Package search keeps a small in-memory product index.
package search

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"

	"github.com/gorilla/mux"
)

// Document is one indexed product.
type Document struct {
	SKU        string `json:"sku"`
	Name       string `json:"name"`
	PriceCents int64  `json:"price_cents"`
	InStock    bool   `json:"in_stock"`
}

// Index is the search API; it calls no other service.
type Index struct {
	mu   sync.RWMutex
	docs []Document
}

// Router returns the API's routes.
func (x *Index) Router() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/reindex", x.reindex).Methods(http.MethodPost)
	r.HandleFunc("/search", x.search).Methods(http.MethodGet)
	return r
}

func (x *Index) reindex(w http.ResponseWriter, r *http.Request) {
	var docs []Document
	if err := json.NewDecoder(r.Body).Decode(&docs); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	x.mu.Lock()
	x.docs = docs
	x.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (x *Index) search(w http.ResponseWriter, r *http.Request) {
	q := strings.ToLower(r.URL.Query().Get("q"))
	x.mu.RLock()
	var hits []Document
	for _, d := range x.docs {
		if strings.Contains(strings.ToLower(d.Name), q) {
			hits = append(hits, d)
		}
	}
	x.mu.RUnlock()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(hits)
}
