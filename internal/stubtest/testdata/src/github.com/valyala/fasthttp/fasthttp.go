// Package fasthttp is a minimal stub of github.com/valyala/fasthttp (checked against v1.58.0).
package fasthttp

import "time"

// RequestCtx contains incoming request and manages outgoing response.
type RequestCtx struct{}

func (ctx *RequestCtx) Deadline() (deadline time.Time, ok bool) { return }
func (ctx *RequestCtx) Done() <-chan struct{}                   { return nil }
func (ctx *RequestCtx) Err() error                              { return nil }
func (ctx *RequestCtx) Value(key any) any                       { return nil }
