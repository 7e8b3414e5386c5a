// want package:"has sinks"

// Package callbacks covers closures whose context comes from the function
// they are handed to.
package callbacks

import (
	"context"
	"net/http"
	"time"

	"callbacks/lifecycle"
	"callbacks/txn"
)

var client = &http.Client{} // no Timeout

func get(ctx context.Context, url string) error { // want get:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	_, err = client.Do(req)
	return err
}

// inTx passes its context to fn.
func inTx(ctx context.Context, fn func(ctx context.Context) error) error { // want inTx:`callback\[\{1 0\}\]`
	return fn(ctx)
}

// withDeadline gives fn a context with a deadline.
func withDeadline(ctx context.Context, fn func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	return fn(ctx)
}

func local() error {
	return inTx(context.Background(), func(ctx context.Context) error { // want `inTx's callback is given context.Background\(\), which has no deadline; it reaches \(\*http.Client\).Do at callbacks.go:\d+`
		return get(ctx, "http://stock/")
	})
}

func bounded() error {
	return withDeadline(context.Background(), func(ctx context.Context) error {
		return get(ctx, "http://stock/")
	})
}

func otherPackage() error {
	return txn.Run(context.TODO(), func(ctx context.Context) error { // want `txn.Run's callback is given context.TODO\(\), which has no deadline`
		return get(ctx, "http://stock/")
	})
}

func otherPackageBounded() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return txn.Run(ctx, func(ctx context.Context) error {
		return get(ctx, "http://stock/")
	})
}

// Repo's implementations are out of sight: the callback is assumed to get
// the context passed alongside.
type Repo interface {
	Update(ctx context.Context, id string, fn func(ctx context.Context) error) error
}

func viaInterface(r Repo) error {
	return r.Update(context.Background(), "id", func(ctx context.Context) error { // want `\(callbacks.Repo\).Update's callback is given context.Background\(\)`
		return get(ctx, "http://stock/")
	})
}

func lifecycleRun() error {
	return lifecycle.Run(func(ctx context.Context) error { // want `lifecycle.Run's callback is given context.Background\(\), which has no deadline \(lifecycle.go:\d+\); it reaches \(\*http.Client\).Do`
		return get(ctx, "http://stock/")
	})
}

func lifecycleGo() {
	lifecycle.Go(func(ctx context.Context) error { // want `lifecycle.Go's callback is given context.Background\(\)`
		return get(ctx, "http://stock/")
	})
}

func lifecycleWithin() error {
	return lifecycle.Within(time.Second, func(ctx context.Context) error {
		return get(ctx, "http://stock/")
	})
}
