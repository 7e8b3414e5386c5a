package interactions_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/interactions"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/rules"
)

// shared is one analysistest run of interactions.New(rules.Empty()) over the
// case folders of the tests below, instead of one run per test, each of
// which type-checked the standard library from source again (see
// stubtest.Shared). The analyzer keeps no state between packages. A new
// case folder is added here.
var shared = stubtest.NewShared(analysistest.TestData(), func() *analysis.Analyzer { return interactions.New(rules.Empty()) },
	"endpoints", "routers", "legacyserver", "mounts", "mounts/api",
	"calls_http", "calls_grpc", "bindmain",
	"data_sql", "data_mongo", "data_redis", "queries_sql", "queries_mongo", "queries_gorm", "queries_squirrel", "queries_redis", "queries_goqu", "queries_ent/...", "queries_bun",
	"msg_kafka", "msg_sarama", "msg_nats", "msg_jetstream", "msg_amqp",
	"msg_redis", "msg_watermill", "msg_pubsub", "msg_amqpreply", "msg_natsreply", "msg_handlers",
	"msg_cqrs", "msg_confluent", "msg_dapr",
	"dapr_invoke", "dapr_handlers", "dapr_header",
	"rpc_gokit", "rpc_twirp/...", "rpc_connect/...", "rpc_micro/...",
	"middleware/...", "msg_handles/...", "msg_vars/...", "msg_ifaces/...", "msg_lists/...", "msg_rabbitmq", "msg_franz", "msg_rocketmq",
)

// run is analysistest.Run(t, testdata(t), interactions.New(rules.Empty()),
// folders...), read from the shared run.
func run(t *testing.T, folders ...string) []*analysistest.Result {
	t.Helper()
	return shared.Run(t, folders...)
}
