package redisopts

import (
	"context"
	"time"

	"github.com/go-redis/redis/v8"
)

func newLegacyCache(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:        addr,
		ReadTimeout: -1, // want `redis.Options.ReadTimeout is -1, which turns the client's timeout off \(the default is 3s\)`
	})
}

func newLegacyCluster(addrs []string) *redis.ClusterClient {
	opts := &redis.ClusterOptions{Addrs: addrs}
	opts.WriteTimeout = -1 // want `redis.ClusterOptions.WriteTimeout is -1`
	return redis.NewClusterClient(opts)
}

// Clean look-alikes.

func newLegacySessions(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: addr, ReadTimeout: 500 * time.Millisecond})
}

func legacyGet(rdb *redis.Client, key string) (string, error) {
	return rdb.Get(context.Background(), key).Result()
}
