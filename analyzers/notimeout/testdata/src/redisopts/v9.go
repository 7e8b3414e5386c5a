// Package redisopts covers go-redis options: the client has read and write
// timeouts by default (3s), so its commands need no deadline, unless the
// code sets ReadTimeout or WriteTimeout below zero, which turns them off.
package redisopts

import (
	"context"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
)

func newCache(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:        addr,
		DialTimeout: 5 * time.Second,
		ReadTimeout: -1, // want `redis.Options.ReadTimeout is -1, which turns the client's timeout off \(the default is 3s\), so a command can block forever`
		PoolSize:    20,
	})
}

func newQueue(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:         addr,
		WriteTimeout: -1, // want `redis.Options.WriteTimeout is -1, which turns the client's timeout off \(the default is the read timeout\)`
	})
}

// Options from a URL, adjusted afterwards.
func fromURL() (*redis.Client, error) {
	opts, err := redis.ParseURL(os.Getenv("REDIS_URL"))
	if err != nil {
		return nil, err
	}
	opts.ReadTimeout = -1 // want `redis.Options.ReadTimeout is -1, which turns the client's timeout off`
	return redis.NewClient(opts), nil
}

// -2 skips setting deadlines on the connection at all.
func newCluster(addrs []string) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{
		Addrs:        addrs,
		ReadTimeout:  -2, // want `redis.ClusterOptions.ReadTimeout is -2, which turns the client's timeout off`
		WriteTimeout: -2, // want `redis.ClusterOptions.WriteTimeout is -2, which turns the client's timeout off`
	})
}

func newUniversal(addrs []string) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:       addrs,
		ReadTimeout: -1, // want `redis.UniversalOptions.ReadTimeout is -1`
	})
}

// Clean look-alikes.

// Zero means the default (3s).
func newSessions(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: addr, ReadTimeout: 0, WriteTimeout: 0})
}

func newLocks(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:         addr,
		ReadTimeout:  2 * time.Second,
		WriteTimeout: 2 * time.Second,
	})
}

// A duration from the configuration: not a constant, nothing to say.
func newFromConfig(addr string, readTimeout time.Duration) *redis.Client {
	opts := &redis.Options{Addr: addr}
	opts.ReadTimeout = readTimeout
	return redis.NewClient(opts)
}

// -1 on a field that is not a go-redis timeout.
func newPool(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
}

// Commands use the client's default timeouts: context.Background() is fine.
func cachedPrice(rdb *redis.Client, sku string) (string, error) {
	return rdb.Get(context.Background(), "price:"+sku).Result()
}

func storePrice(rdb *redis.Client, sku, price string) error {
	return rdb.Set(context.Background(), "price:"+sku, price, time.Hour).Err()
}

func ping(rdb redis.UniversalClient) error {
	return rdb.Ping(context.TODO()).Err()
}
