// Package clock is shared by the config but imported by shipping alone; its
// import of shipping's internals leaks into no other service yet.
package clock

import (
	"configured/modules/shipping/proto" // want `^shared package "configured/platform/clock" imports "configured/modules/shipping/proto", internal to service shipping; move the code into service shipping or depend on its api$`
	"configured/modules/shipping/tracking"
)

// Now returns a fixed time.
func Now() int64 { return int64(len(proto.Label{}.Text + tracking.Parcel{}.ID)) }
