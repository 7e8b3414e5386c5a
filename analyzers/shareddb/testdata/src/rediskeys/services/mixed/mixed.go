// Package mixed uses two Redis databases and runs a command on a client
// handed in: which database it reaches cannot be told, and the command is
// listed as such, never guessed onto either.
package mixed

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func Run() {
	a := redis.NewClient(&redis.Options{Addr: "cache:6379", DB: 3})
	b := redis.NewClient(&redis.Options{Addr: "cache:6379", DB: 4})
	read(a)
	read(b)
}

func read(c *redis.Client) {
	c.Get(context.Background(), "order:1")
}
