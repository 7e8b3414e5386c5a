// Package audit is shared by the config and imported by both services; it
// leaks billing's internals into shipping.
package audit

import (
	"configured/modules/billing/ledger" // want `^shared package "configured/platform/audit" imports "configured/modules/billing/ledger", internal to service billing; it leaks into service shipping; depend on billing's api instead$`
	"configured/modules/billing/public"
)

// Record records an entry.
func Record(entry string) { _, _ = ledger.Post(entry), public.Invoice{} }
