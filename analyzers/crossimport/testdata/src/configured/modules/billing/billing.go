// Package billing is service billing by the config.
package billing

import (
	"configured/modules/billing/ledger"
	"configured/modules/shipping/proto" // want `^package "configured/modules/billing" \(service billing\) imports "configured/modules/shipping/proto", internal to service shipping; use its api package "configured/modules/shipping/tracking" or call the service$`
	"configured/modules/shipping/tracking"
	"configured/platform/audit"
)

// Run bills a parcel.
func Run() {
	audit.Record(ledger.Post(tracking.Parcel{}.ID + proto.Label{}.Text))
}
