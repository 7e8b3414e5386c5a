package netaddr_test

import (
	"testing"

	"github.com/boundcheck/boundcheck/rules/netaddr"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want netaddr.Addr
	}{
		{"http://Orders:8080/v1/x?y=1#top", netaddr.Addr{Scheme: "http", Host: "orders", Port: "8080", Path: "/v1/x", Query: "y=1", Fragment: "top"}},
		{"postgres://app:secret@db.internal:5432/shop?sslmode=disable", netaddr.Addr{Scheme: "postgres", User: "app:secret", Host: "db.internal", Port: "5432", Path: "/shop", Query: "sslmode=disable"}},
		{"mongodb://a:27017,b:27017/orders", netaddr.Addr{Scheme: "mongodb", Host: "a", Port: "27017", Path: "/orders"}},
		{"postgres:///shop?host=/var/run/postgresql", netaddr.Addr{Scheme: "postgres", Path: "/shop", Query: "host=/var/run/postgresql"}},
		{"payments:9090", netaddr.Addr{Host: "payments", Port: "9090"}},
		{"payments", netaddr.Addr{Host: "payments"}},
		{"payments.shop.svc.cluster.local.", netaddr.Addr{Host: "payments.shop.svc.cluster.local"}},
		{"orders/v1", netaddr.Addr{Host: "orders", Path: "/v1"}},
		{"/v1/x?y", netaddr.Addr{Path: "/v1/x", Query: "y"}},
		{"[::1]:8080", netaddr.Addr{Host: "::1", Port: "8080"}},
		{"fe80::1", netaddr.Addr{Host: "fe80::1"}},
		{"[::1", netaddr.Addr{}},
		{"dns:///payments:9090", netaddr.Addr{Scheme: "dns", Host: "payments", Port: "9090"}},
		{"dns://8.8.8.8/payments:9090", netaddr.Addr{Scheme: "dns", Authority: "8.8.8.8", Host: "payments", Port: "9090"}},
		{"dns:payments:9090", netaddr.Addr{Scheme: "dns", Host: "payments", Port: "9090"}},
		{"passthrough:///payments:9090", netaddr.Addr{Scheme: "passthrough", Host: "payments", Port: "9090"}},
		{"kubernetes:///payments.shop:9090", netaddr.Addr{Scheme: "kubernetes", Host: "payments.shop", Port: "9090"}},
		{"unix:///var/run/app.sock", netaddr.Addr{Scheme: "unix", Path: "/var/run/app.sock"}},
		{"unix:app.sock", netaddr.Addr{Scheme: "unix", Path: "app.sock"}},
		{"  redis://:pw@cache:6379/0  ", netaddr.Addr{Scheme: "redis", User: ":pw", Host: "cache", Port: "6379", Path: "/0"}},
		{"", netaddr.Addr{}},
	} {
		if got := netaddr.Split(tc.in); got != tc.want {
			t.Errorf("Split(%q)\n got %+v\nwant %+v", tc.in, got, tc.want)
		}
	}
}
