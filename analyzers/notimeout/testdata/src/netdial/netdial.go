// Package netdial covers raw TCP and TLS dials: net.Dial and tls.Dial wait
// as long as the operating system lets a connect hang (minutes); a
// net.Dialer limits the wait with Timeout or Deadline, DialContext also
// with its context's deadline.
package netdial

import (
	"context"
	"crypto/tls"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
	"time"
)

var timedDialer = &net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}

func ping(addr string) error {
	conn, err := net.Dial("tcp", addr) // want `net.Dial has no timeout; use net.DialTimeout or a net.Dialer with Timeout`
	if err != nil {
		return err
	}
	return conn.Close()
}

// Clean: DialTimeout.
func pingTimeout(addr string) error {
	conn, err := net.DialTimeout("tcp", addr, 3*time.Second)
	if err != nil {
		return err
	}
	return conn.Close()
}

func dialZeroDialer(addr string) (net.Conn, error) {
	return (&net.Dialer{}).Dial("tcp", addr) // want `\(\*net.Dialer\).Dial uses a net.Dialer without Timeout and no context; use net.DialTimeout or a net.Dialer with Timeout`
}

func dialKeepAlive(addr string) (net.Conn, error) {
	d := &net.Dialer{KeepAlive: 30 * time.Second}
	return d.Dial("tcp", addr) // want `\(\*net.Dialer\).Dial uses a net.Dialer without Timeout`
}

// Clean: the Dialer has a Timeout.
func dialTimeoutDialer(addr string) (net.Conn, error) {
	d := net.Dialer{Timeout: 3 * time.Second}
	return d.Dial("tcp", addr)
}

// Clean: the same, on a literal.
func dialTimeoutLiteral(addr string) (net.Conn, error) {
	return (&net.Dialer{Timeout: 3 * time.Second}).Dial("tcp", addr)
}

// Clean: a Deadline limits the dial as well.
func dialDeadline(addr string) (net.Conn, error) {
	d := net.Dialer{Deadline: time.Now().Add(2 * time.Second)}
	return d.Dial("tcp", addr)
}

// Clean: a package-level Dialer with Timeout.
func dialShared(addr string) (net.Conn, error) {
	return timedDialer.Dial("tcp", addr)
}

func dialContextBackground(addr string) (net.Conn, error) {
	var d net.Dialer
	return d.DialContext(context.Background(), "tcp", addr) // want `\(\*net.Dialer\).DialContext uses a net.Dialer without Timeout and context.Background\(\), which has no deadline`
}

// Clean: the context has a deadline.
func dialContextDeadline(addr string) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var d net.Dialer
	return d.DialContext(ctx, "tcp", addr)
}

// Clean: the Dialer's Timeout applies whatever the context.
func dialContextTimeoutDialer(addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: time.Second}
	return d.DialContext(context.Background(), "tcp", addr)
}

// Clean: a Dialer of unknown origin may have a Timeout.
func dialWith(d *net.Dialer, addr string) (net.Conn, error) {
	return d.Dial("tcp", addr)
}

func dialTLS(addr string) (*tls.Conn, error) {
	return tls.Dial("tcp", addr, &tls.Config{MinVersion: tls.VersionTLS12}) // want `tls.Dial has no timeout; use net.DialTimeout or a net.Dialer with Timeout`
}

// Clean: DialWithDialer with a Timeout covers the TCP connect and the TLS
// handshake.
func dialTLSTimeout(addr string) (*tls.Conn, error) {
	return tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", addr, &tls.Config{MinVersion: tls.VersionTLS12})
}

// Clean: the shared Dialer has a Timeout.
func dialTLSShared(addr string) (*tls.Conn, error) {
	return tls.DialWithDialer(timedDialer, "tcp", addr, nil)
}

// A zero Dialer gives DialWithDialer no limit: it is tls.Dial.
func dialTLSZero(addr string) (*tls.Conn, error) {
	return tls.DialWithDialer(&net.Dialer{}, "tcp", addr, nil) // want `tls.DialWithDialer uses a net.Dialer without Timeout`
}

// net/rpc: Dial has no timeout and Call waits for its reply with no
// deadline; a client over a conn from DialTimeout dials bounded, and a Go
// whose Done is raced against a timer is bounded.
func rpcCall(addr string) error {
	c, err := rpc.Dial("tcp", addr) // want `rpc.Dial has no timeout; use net.DialTimeout or a net.Dialer with Timeout`
	if err != nil {
		return err
	}
	var reply int
	return c.Call("Arith.Add", 1, &reply) // want `\(\*rpc.Client\).Call has no deadline: it waits for the reply as long as the connection lives; start it with Go`
}

func jsonrpcDial(addr string) {
	jsonrpc.Dial("tcp", addr) // want `jsonrpc.Dial has no timeout`
}

func rpcTimed(addr string) error {
	conn, err := net.DialTimeout("tcp", addr, 3*time.Second)
	if err != nil {
		return err
	}
	c := rpc.NewClient(conn)
	var reply int
	call := c.Go("Arith.Add", 1, &reply, nil)
	select {
	case <-call.Done:
		return call.Error
	case <-time.After(3 * time.Second):
		return context.DeadlineExceeded
	}
}
