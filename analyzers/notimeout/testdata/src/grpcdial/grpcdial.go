// want package:"has sinks"

// Package grpcdial covers grpc.Dial and DialContext with WithBlock: the dial
// waits for the connection to come up, and only a deadline on the context,
// or grpc.WithTimeout, ends the wait. Without WithBlock the dial returns at
// once and connects in the background.
package grpcdial

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

func connectBlocking(target string) (*grpc.ClientConn, error) {
	return grpc.Dial(target, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithBlock()) // want `grpc.Dial uses grpc.WithBlock and no context; use grpc.DialContext with a context that has a deadline, or drop WithBlock`
}

// Clean: WithTimeout bounds the blocking dial.
func connectBlockingTimeout(target string) (*grpc.ClientConn, error) {
	return grpc.Dial(target, grpc.WithInsecure(), grpc.WithBlock(), grpc.WithTimeout(5*time.Second))
}

// Clean: without WithBlock, Dial does not wait for the connection.
func connectLazy(target string) (*grpc.ClientConn, error) {
	return grpc.Dial(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
}

// Clean: the dial's context has a deadline.
func connectWithDeadline(target string) (*grpc.ClientConn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return grpc.DialContext(ctx, target,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithBlock(),
	)
}

func connectBackground(target string) (*grpc.ClientConn, error) {
	return grpc.DialContext(context.Background(), target, // want `grpc.DialContext uses grpc.WithBlock and context.Background\(\), which has no deadline; give the dial a context with a deadline, or drop WithBlock`
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithBlock(),
	)
}

// Clean: DialContext without WithBlock does not wait either.
func connectBackgroundLazy(target string) (*grpc.ClientConn, error) {
	return grpc.DialContext(context.Background(), target, grpc.WithTransportCredentials(insecure.NewCredentials()))
}

// Clean: NewClient never connects in the call; it does not support
// WithBlock.
func connectNew(target string) (*grpc.ClientConn, error) {
	return grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()))
}

// Clean: NewClient ignores WithBlock.
func connectNewBlock(target string) (*grpc.ClientConn, error) {
	return grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithBlock())
}

// Dial options collected in a slice, the way services build them.
func connectFromOptions(target string, tls bool) (*grpc.ClientConn, error) {
	opts := []grpc.DialOption{grpc.WithBlock()}
	if !tls {
		opts = append(opts, grpc.WithTransportCredentials(insecure.NewCredentials()))
	}
	return grpc.Dial(target, opts...) // want `grpc.Dial uses grpc.WithBlock and no context`
}

// A ctx parameter: connect is as bounded as its callers' contexts.
func connect(ctx context.Context, target string) (*grpc.ClientConn, error) { // want connect:`sink\(0 ctx → grpc.DialContext\)`
	return grpc.DialContext(ctx, target, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithBlock())
}

func mustConnect(target string) *grpc.ClientConn {
	conn, err := connect(context.Background(), target) // want `grpcdial.connect is given context.Background\(\), which has no deadline; it reaches grpc.DialContext at grpcdial.go:\d+, which uses grpc.WithBlock`
	if err != nil {
		panic(err)
	}
	return conn
}

// Clean: the caller bounds the dial.
func connectStartup(target string) (*grpc.ClientConn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return connect(ctx, target)
}
