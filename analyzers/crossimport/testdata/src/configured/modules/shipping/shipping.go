// Package shipping is service shipping by the config.
package shipping

import (
	"configured/modules/billing/ledger" // want `^package "configured/modules/shipping" \(service shipping\) imports "configured/modules/billing/ledger", internal to service billing; use its api package "configured/modules/billing/public" or call the service$`
	"configured/modules/billing/public"
	"configured/modules/shipping/proto"
	"configured/platform/audit"
	"configured/platform/clock"
)

// Run ships an invoice.
func Run() {
	audit.Record(ledger.Post(proto.Label{}.Text))
	_ = public.Invoice{Cents: clock.Now()}
}
