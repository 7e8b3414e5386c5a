// Package ledger counts charges.
package ledger

// A Ledger counts charges.
type Ledger struct{ n int }

// New returns an empty ledger.
func New() *Ledger { return &Ledger{} }

// Charge records one charge.
func (l *Ledger) Charge() { l.n++ }
