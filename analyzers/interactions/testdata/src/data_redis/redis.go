// Package data_redis makes go-redis clients (v9 and v8): from an options
// literal with a database number, a URL, an environment variable, a
// cluster and a universal client.
package data_redis

import (
	"os"

	redisv8 "github.com/go-redis/redis/v8"
	"github.com/redis/go-redis/v9"
)

const sessionsDB = 2

func clients() error {
	cache := redis.NewClient(&redis.Options{Addr: "cache:6379"}) //@datastore("database redis redis:cache")
	defer cache.Close()
	sessions := redis.NewClient(&redis.Options{Addr: "cache:6379", DB: sessionsDB, Password: "pw"}) //@datastore("database redis redis:cache/2")
	defer sessions.Close()
	opt, err := redis.ParseURL("redis://user:pw@rate-limits:6380/3")
	if err != nil {
		return err
	}
	_ = redis.NewClient(opt)                                                                          //@datastore("database redis redis:rate-limits/3")
	_ = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})                                //@datastore("database redis redis:?")
	_ = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"node-a:7000", "node-b:7000"}})  //@datastore("database redis redis:node-a")
	_ = redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"Queue-Redis:6379"}, DB: 0}) //@datastore("database redis redis:queue-redis")
	_ = redisv8.NewClient(&redisv8.Options{Addr: "legacy-redis:6379", DB: 1})                         //@datastore("database redis redis:legacy-redis/1")
	return nil
}

// Look-alikes: options never passed to a constructor, and a NewClient of
// another package.

type Options struct{ Addr string }

func NewClient(o *Options) *Options { return o }

func lookalikes() {
	_ = &redis.Options{Addr: "not-recorded:6379"}
	_ = NewClient(&Options{Addr: "not-recorded:6379"})
}
