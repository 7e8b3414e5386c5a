package notimeout_test

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/rules"
)

// shared is one analysistest run of notimeout.New(rules.Empty()) over the
// case folders that the tests check against their "// want" comments with
// no service model, instead of one run per test, each of which type-checked
// the standard library from source again (see stubtest.Shared). The
// analyzer's only state is the SSA program its packages share, which a run
// over several patterns has anyway. A new case folder is added here.
var shared = stubtest.NewShared(analysistest.TestData(), func() *analysis.Analyzer { return notimeout.New(rules.Empty()) },
	"nethttp", "sinks/...", "callbacks/...", "generics",
	"sqlxdb", "sqltx/...", "pgxdb", "gormdb/...", "mongodb",
	"grpcclient", "grpcinterceptor", "grpcdial", "grpcserver", "grpcsinky/...", "netdial",
	"restyclient", "retryable", "brokers", "redisopts", "entmigrate/...", "entquery/...", "sqlboiler/...", "elastic", "xnetctx",
	"cmdctx/...",
)
