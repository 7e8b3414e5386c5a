package billing

import (
	"log"
	"sync"
)

// Invoices keeps each account's open invoice in memory.
type Invoices struct {
	mu    sync.Mutex
	lines map[string]map[string]Line // account -> line id -> line
}

// NewInvoices returns an empty book.
func NewInvoices() *Invoices {
	return &Invoices{lines: make(map[string]map[string]Line)}
}

// Add adds a line to its account's open invoice; a line seen before
// (a redelivery) is not added twice.
func (b *Invoices) Add(l Line) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	open := b.lines[l.AccountID]
	if open == nil {
		open = make(map[string]Line)
		b.lines[l.AccountID] = open
	}
	if _, seen := open[l.ID]; seen {
		return nil
	}
	open[l.ID] = l
	log.Printf("account %s: %d open invoice lines", l.AccountID, len(open))
	return nil
}
