// Package config holds the topic names other packages publish to, read
// from the environment with a default, and one it cannot tell.
package config

import "os"

// Topic is the environment's ORDERS_TOPIC, or "orders".
var Topic = topic() // want Topic:`holds \$\{ORDERS_TOPIC\} \| orders`

// Replies is whatever a flag set at run time, which no fact can say.
var Replies string

func topic() string {
	if t := os.Getenv("ORDERS_TOPIC"); t != "" {
		return t
	}
	return "orders"
}
