package gateway

import (
	"context"
	"log"
	"sync"

	"github.com/redis/go-redis/v9"

	catalogv1 "example.com/system/api/catalog/v1"
)

// channelInvalidate is where catalog announces that its products changed.
const channelInvalidate = "cache.invalidate"

// ProductCache keeps products the gateway has fetched from catalog until
// catalog says they changed.
type ProductCache struct {
	mu    sync.Mutex
	items map[string]*catalogv1.Product
}

// NewProductCache returns an empty cache.
func NewProductCache() *ProductCache {
	return &ProductCache{items: make(map[string]*catalogv1.Product)}
}

// Get returns the cached product.
func (c *ProductCache) Get(sku string) (*catalogv1.Product, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.items[sku]
	return p, ok
}

// Put caches a product.
func (c *ProductCache) Put(sku string, p *catalogv1.Product) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[sku] = p
}

// Listen empties the cache whenever catalog publishes an invalidation,
// until ctx ends.
func (c *ProductCache) Listen(ctx context.Context, rdb *redis.Client) {
	sub := rdb.Subscribe(ctx, channelInvalidate)
	defer sub.Close()
	for msg := range sub.Channel() {
		log.Printf("catalog changed (%s): dropping cached products", msg.Payload)
		c.mu.Lock()
		clear(c.items)
		c.mu.Unlock()
	}
}
