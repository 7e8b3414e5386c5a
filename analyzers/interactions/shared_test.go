package interactions_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/interactions"
	"github.com/boundcheck/boundcheck/rules"
)

// caseFolders are the case folders the tests below analyse with
// interactions.New(rules.Empty()), each a package pattern of its own.
// analysistest.Run loads and type-checks everything from source, the
// standard library below net/http included, and runs the analyzer on all of
// it for its facts: that is seconds per call and the same for every case.
// So the tests share one run over all these folders, and each reads the
// results and the errors of its own folders. The analyzer keeps no state
// between packages, so a package's result is the one a run of its folder
// alone gives.
var caseFolders = []string{
	"endpoints", "routers", "legacyserver", "mounts", "mounts/api",
	"calls_http", "calls_grpc", "bindmain",
	"data_sql", "data_mongo", "data_redis",
	"msg_kafka", "msg_sarama", "msg_nats", "msg_jetstream", "msg_amqp",
	"msg_redis", "msg_watermill", "msg_pubsub", "msg_amqpreply", "msg_natsreply",
}

// shared is the one run over caseFolders.
var shared struct {
	once    sync.Once
	results []*analysistest.Result
	errs    errorLog
	done    bool
}

// errorLog collects what analysistest reports (it is an analysistest.Testing).
type errorLog struct {
	mu   sync.Mutex
	msgs []string
}

func (l *errorLog) Errorf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.msgs = append(l.msgs, fmt.Sprintf(format, args...))
}

// run is analysistest.Run(t, testdata(t), interactions.New(rules.Empty()),
// folders...) read from the shared run: the results of the packages of
// folders, in the order the run gives them, and analysistest's errors about
// them (unexpected facts, unmet wants) reported on t. An error that names no
// case folder (a load error) is reported on every test.
func run(t *testing.T, folders ...string) []*analysistest.Result {
	t.Helper()
	for _, f := range folders {
		if !slices.Contains(caseFolders, f) {
			t.Fatalf("case folder %s is not in caseFolders (shared_test.go)", f)
		}
	}
	shared.once.Do(func() {
		shared.results = analysistest.Run(&shared.errs, testdata(t), interactions.New(rules.Empty()), caseFolders...)
		shared.done = true
	})
	if !shared.done {
		t.Fatal("the shared analysistest run did not finish; see the test that ran it")
	}
	for _, msg := range shared.errs.msgs {
		owners := errorFolders(msg)
		if len(owners) == 0 || slices.ContainsFunc(owners, func(o string) bool { return slices.Contains(folders, o) }) {
			t.Errorf("%s", msg)
		}
	}
	var out []*analysistest.Result
	for _, r := range shared.results {
		if slices.Contains(folders, r.Action.Package.PkgPath) {
			out = append(out, r)
		}
	}
	return out
}

// errorFolders returns the case folders an analysistest error is about: a
// file in one ("FOLDER/file.go:3:6: fact … does not match", relative to the
// GOPATH's src, or absolute) or its package ("error analyzing
// interactions@FOLDER: …").
func errorFolders(msg string) []string {
	var out []string
	for _, f := range caseFolders {
		if strings.HasPrefix(msg, f+"/") || strings.Contains(msg, "/src/"+f+"/") || strings.Contains(msg, "@"+f+":") || strings.Contains(msg, "@"+f+" ") {
			out = append(out, f)
		}
	}
	return out
}
