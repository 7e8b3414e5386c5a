// Package msg_redis publishes and subscribes with go-redis (v9 and v8):
// channels, patterns and shard channels on a client and a universal client,
// and streams written with XAdd and read alone and in a consumer group.
package msg_redis

import (
	"context"

	redisv8 "github.com/go-redis/redis/v8"
	"github.com/redis/go-redis/v9"
)

type Notifier struct{ rdb *redis.Client }

func (n *Notifier) CartUpdated(ctx context.Context, userID string) error { // want CartUpdated:"params #1"
	return n.rdb.Publish(ctx, "cart:"+userID, "updated").Err() //@message("publish redis cart:{param (*msg_redis.Notifier).CartUpdated#1}")
}

func (n *Notifier) listen(ctx context.Context, handle func(*redis.Message)) {
	sub := n.rdb.Subscribe(ctx, "prices", "stock") //@message("consume redis prices | stock")
	defer sub.Close()
	if err := sub.PSubscribe(ctx, "cart:*"); err != nil { //@message("consume redis cart:*")
		return
	}
	for m := range sub.Channel() {
		handle(m)
	}
}

func shards(ctx context.Context, rdb redis.UniversalClient) error {
	if err := rdb.SPublish(ctx, "shard.events", "x").Err(); err != nil { //@message("publish redis shard.events")
		return err
	}
	chans := []string{"alerts", "alerts.critical"}
	sub := rdb.SSubscribe(ctx, chans...) //@message("consume redis alerts | alerts.critical")
	return sub.Close()
}

func streams(ctx context.Context, rdb *redis.Client) error {
	err := rdb.XAdd(ctx, &redis.XAddArgs{Stream: "orders", Values: map[string]any{"id": "1"}}).Err() //@message("publish redis stream:orders")
	if err != nil {
		return err
	}
	args := &redis.XReadGroupArgs{
		Group:    "shipping",
		Consumer: "worker-1",
		Streams:  []string{"orders", "payments", ">", ">"},
		Count:    10,
	}
	res, err := rdb.XReadGroup(ctx, args).Result() //@message("consume redis stream:orders | stream:payments queue=shipping")
	if err != nil {
		return err
	}
	_ = res
	if err := rdb.XRead(ctx, &redis.XReadArgs{Streams: []string{"audit", "0"}, Block: 0}).Err(); err != nil { //@message("consume redis stream:audit")
		return err
	}
	return rdb.XRead(ctx, &redis.XReadArgs{Streams: []string{"clicks", "views"}, ID: "$"}).Err() //@message("consume redis stream:clicks | stream:views")
}

func legacy(ctx context.Context, rdb *redisv8.Client) error {
	if err := rdb.Publish(ctx, "legacy.events", "x").Err(); err != nil { //@message("publish redis legacy.events")
		return err
	}
	return rdb.XReadStreams(ctx, "legacy", "0").Err() //@message("consume redis stream:legacy")
}

// cache has a Publish of its own.
type cache struct{}

func (cache) Publish(ctx context.Context, channel string, message interface{}) error { return nil }

func (cache) Subscribe(ctx context.Context, channels ...string) error { return nil }

func lookalike(ctx context.Context) {
	var c cache
	_ = c.Publish(ctx, "not.recorded", "x")
	_ = c.Subscribe(ctx, "not.recorded")
}
