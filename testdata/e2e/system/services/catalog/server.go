// Package catalog serves the product catalogue over gRPC, and an admin
// endpoint that rebuilds the search index.
package catalog

import (
	"context"
	"slices"
	"sync"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	catalogv1 "example.com/system/api/catalog/v1"
)

// Products is the catalogue, kept in memory.
type Products struct {
	mu    sync.RWMutex
	items map[string]*catalogv1.Product
}

// NewProducts returns a catalogue holding ps.
func NewProducts(ps ...*catalogv1.Product) *Products {
	c := &Products{items: make(map[string]*catalogv1.Product)}
	for _, p := range ps {
		c.items[p.GetSku()] = p
	}
	return c
}

// Get returns one product.
func (c *Products) Get(sku string) (*catalogv1.Product, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	p, ok := c.items[sku]
	return p, ok
}

// All returns every product, by SKU.
func (c *Products) All() []*catalogv1.Product {
	c.mu.RLock()
	defer c.mu.RUnlock()
	all := make([]*catalogv1.Product, 0, len(c.items))
	for _, p := range c.items {
		all = append(all, p)
	}
	slices.SortFunc(all, func(a, b *catalogv1.Product) int {
		switch {
		case a.GetSku() < b.GetSku():
			return -1
		case a.GetSku() > b.GetSku():
			return 1
		}
		return 0
	})
	return all
}

// Server implements the Catalog gRPC service.
type Server struct {
	catalogv1.UnimplementedCatalogServer

	products *Products
}

// NewServer returns the service.
func NewServer(products *Products) *Server {
	return &Server{products: products}
}

// GetProduct answers from memory; it calls nothing.
func (s *Server) GetProduct(ctx context.Context, req *catalogv1.GetProductRequest) (*catalogv1.GetProductResponse, error) {
	p, ok := s.products.Get(req.GetSku())
	if !ok {
		return nil, status.Errorf(codes.NotFound, "no product %q", req.GetSku())
	}
	return &catalogv1.GetProductResponse{Product: p}, nil
}
