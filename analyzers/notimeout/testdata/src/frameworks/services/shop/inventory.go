package shop

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// InventoryClient has no Timeout: its calls are as bounded as the contexts
// the handlers pass.
type InventoryClient struct {
	base string
	hc   *http.Client
}

func NewInventoryClient(base string) *InventoryClient {
	return &InventoryClient{base: base, hc: &http.Client{}}
}

func (c *InventoryClient) Stock(ctx context.Context, sku string) (int, error) { // want Stock:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/stock/"+sku, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct{ Available int }
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Available, err
}

func (c *InventoryClient) Reserve(ctx context.Context, sku string, n int) error { // want Reserve:`sink\(0 ctx`
	body := strings.NewReader(fmt.Sprintf(`{"sku":%q,"n":%d}`, sku, n))
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/reservations", body)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
