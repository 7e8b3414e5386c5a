// Package consumer holds the notifications service's Kafka consumers.
//
// Kafka delivers at least once: a message is committed only after it was
// handled, so a crash or a rebalance redelivers it.
package consumer

import "time"

const (
	// groupID is the consumer group of every notifications reader.
	groupID = "notifications"
	// pollWindow bounds one fetch; a window without messages just starts the next one.
	pollWindow = 30 * time.Second
	// handleTimeout bounds the handling of one message.
	handleTimeout = 10 * time.Second
	// commitTimeout bounds one offset commit.
	commitTimeout = 5 * time.Second
	// dialTimeout bounds one connection to a broker.
	dialTimeout = 10 * time.Second
)
