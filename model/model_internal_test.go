package model

import "testing"

func TestSplitURL(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, host, path string }{
		{"http://orders:8080/v1/orders?x=1", "orders", "/v1/orders"},
		{"https://API.Example.com", "api.example.com", ""},
		{"payments:9090", "payments", ""},
		{"dns:///payments:9090", "payments", ""},
		{"kubernetes:///orders.shop:9090", "orders.shop", ""},
		{"http://user:pw@ledger/entries#f", "ledger", "/entries"},
		{"http://[::1]:80/x", "[::1]:80", "/x"}, // a loopback host keeps its port
		{"http://[::1]/x", "::1", "/x"},
		{"http://localhost:8081/x", "localhost:8081", "/x"},
		{":50054", "localhost:50054", ""}, // the local machine
		{"localhost:{?}", "localhost", ""},
		{"http://10.0.0.1:80/x", "10.0.0.1", "/x"}, // not loopback: no port
		{"/relative/{?}", "", "/relative/{?}"},
		{"http://h/items/{?}?q={?}", "h", "/items/{?}"},
	} {
		host, path := splitURL(tc.in)
		if host != tc.host || path != tc.path {
			t.Errorf("splitURL(%q) = %q, %q; want %q, %q", tc.in, host, path, tc.host, tc.path)
		}
	}
}

func TestMatchPath(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		pattern, path string
		ok            bool
	}{
		{"/orders/{id}", "/orders/{?}", true},
		{"/orders/{id}", "/orders/42", true},
		{"/orders/:id", "/orders/{?}", true},
		{"/orders/{id}", "/orders", false},
		{"/orders", "/orders/42", false},
		{"/static/", "/static/css/site.css", true},
		{"/files/{path...}", "/files/a/b", true},
		{"/orders/{id}/items", "/orders/{?}/items", true},
		{"/orders/{id}/items", "/orders/{?}/lines", false},
		{"/stock/{sku}", "/stock/sku-{?}", true},
		{"/posts/health", "/posts/{?}", false}, // an unknown id is no literal route
		{"/stock/sku-{sku}", "/stock/sku-{?}", true},
		{"/files/report-2024", "/files/report-{?}", true}, // the known text decides
		{"/healthz", "/readyz", false},
		{"?", "/anything", false},
	} {
		if _, ok := matchPath(tc.pattern, tc.path); ok != tc.ok {
			t.Errorf("matchPath(%q, %q) = %v, want %v", tc.pattern, tc.path, ok, tc.ok)
		}
	}
}
