// Package streams declares the JetStream streams the services share.
package streams

import "github.com/nats-io/nats.go/jetstream"

// Orders stores every order event.
var Orders = jetstream.StreamConfig{Name: "orders", Subjects: []string{"orders.>"}}
