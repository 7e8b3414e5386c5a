package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"time"

	"github.com/redis/go-redis/v9"
)

// channelInvalidate tells the gateways to drop the products they cached.
const channelInvalidate = "cache.invalidate"

// Reindexer serves the admin API: POST /admin/reindex pushes the whole
// catalogue, with stock levels from inventory, to search.
type Reindexer struct {
	products     *Products
	inventoryURL string
	rdb          *redis.Client
	http         *http.Client
}

// NewReindexer returns the admin API; inventoryURL is the inventory
// service's base URL.
func NewReindexer(products *Products, inventoryURL string, rdb *redis.Client) *Reindexer {
	return &Reindexer{
		products:     products,
		inventoryURL: inventoryURL,
		rdb:          rdb,
		http:         &http.Client{Timeout: 10 * time.Second},
	}
}

// Routes returns the admin API's routes.
func (x *Reindexer) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /admin/reindex", x.reindex)
	return mux
}

type document struct {
	SKU        string `json:"sku"`
	Name       string `json:"name"`
	PriceCents int64  `json:"price_cents"`
	InStock    bool   `json:"in_stock"`
}

func (x *Reindexer) reindex(w http.ResponseWriter, r *http.Request) {
	var docs []document
	for _, p := range x.products.All() {
		available, err := x.stock(p.GetSku())
		if err != nil {
			log.Printf("stock of %s: %v", p.GetSku(), err)
		}
		docs = append(docs, document{SKU: p.GetSku(), Name: p.GetName(), PriceCents: p.GetPriceCents(), InStock: available > 0})
	}
	body, err := json.Marshal(docs)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := x.http.Post("http://search:8080/reindex", "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "search unavailable", http.StatusBadGateway)
		return
	}
	resp.Body.Close()

	if err := x.rdb.Publish(r.Context(), channelInvalidate, "products").Err(); err != nil {
		log.Printf("invalidate caches: %v", err)
	}
	w.WriteHeader(http.StatusAccepted)
	fmt.Fprintf(w, "indexed %d products\n", len(docs))
}

// stock asks inventory how many of sku are available.
func (x *Reindexer) stock(sku string) (int, error) {
	resp, err := x.http.Get(fmt.Sprintf("%s/stock/%s", x.inventoryURL, url.PathEscape(sku)))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("inventory: %s", resp.Status)
	}
	var level struct {
		Available int `json:"available"`
	}
	err = json.NewDecoder(resp.Body).Decode(&level)
	return level.Available, err
}
