package payments

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Config is the service's configuration, read from the environment.
type Config struct {
	LedgerURL string // base URL of the ledger service
	NATSURL   string
	Addr      string // where the gRPC server listens
}

// Entry is a ledger entry as the ledger's API takes it.
type Entry struct {
	ID          string `json:"id"`
	AccountID   string `json:"account_id"`
	Reference   string `json:"reference"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
}

// LedgerClient books entries in the ledger service.
type LedgerClient struct {
	cfg  Config
	http *http.Client
}

// NewLedgerClient returns a client for the ledger at cfg.LedgerURL.
func NewLedgerClient(cfg Config) *LedgerClient {
	return &LedgerClient{cfg: cfg, http: &http.Client{Timeout: 3 * time.Second}}
}

// Record books one entry.
func (c *LedgerClient) Record(ctx context.Context, e Entry) error {
	body, err := json.Marshal(e)
	if err != nil {
		return err
	}
	url := fmt.Sprintf("%s/entries", c.cfg.LedgerURL)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("ledger: %s", resp.Status)
	}
	return nil
}
