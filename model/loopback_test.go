package model_test

import (
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestLoopbackPorts checks that a call to a port of the local machine
// reaches the one service that listens on that port (by
// http.ListenAndServe, an http.Server's Addr, net.Listen in a shared
// package given the address, gin's Run with no address), and stays the caller's own loopback when
// nobody listens there, when two services do, when only dead code would,
// or when the host is another machine's; and that a service the
// deployment names wins over a default's local machine.
func TestLoopbackPorts(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := loadModel(t, gopath, "loopback", true)
	got := syncLines(m)
	want := []string{
		"web -> catalog http GET /items (catalog listens on port 8080 at main.go:10) at GET /items",
		"web -> external:10.0.0.5 http GET /x () at -",
		"web -> external:localhost (web) http GET /x () at -",
		"web -> external:localhost (web) http GET /x () at -",
		"web -> external:localhost (web) http GET /x (2 services listen on port 8090) at -",
		"web -> ledger http POST /entries (ledger listens on port 8083 at server.go:12) at POST /entries",
		"web -> orders http GET /orders/7 (orders listens on port 8081 at main.go:9) at GET /orders/{id}",
		"web -> orders http GET /orders/9 (ORDERS_URL=http://orders:8081 at docker-compose.yml:5) at GET /orders/{id}",
		"web -> stock http GET /stock (stock listens on port 8082 at main.go:11) at GET /stock",
	}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", join(got), join(want))
	}
}
