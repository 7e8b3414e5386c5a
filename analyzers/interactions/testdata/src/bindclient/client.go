package bindclient

import "net/http"

type Client struct{ base string }

func New(base string) *Client { return &Client{base: base} }

func (c *Client) Pay() { http.Post(c.base+"/pay", "", nil) }

// Config is filled by main.
type Config struct {
	LedgerURL string
}

type Ledger struct{ cfg Config }

func NewLedger(cfg Config) *Ledger { return &Ledger{cfg: cfg} }

func (l *Ledger) Book() { http.Post(l.cfg.LedgerURL+"/entries", "", nil) }
