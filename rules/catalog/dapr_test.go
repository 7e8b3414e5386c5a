package catalog

import "testing"

// TestDaprInvokePath checks the paths of the sidecar's invocation API,
// and paths that only look like it.
func TestDaprInvokePath(t *testing.T) {
	for _, c := range []struct{ path, app, method string }{
		{"/v1.0/invoke/orders/method/neworder", "orders", "/neworder"},
		{"/v1.0/invoke/orders.prod/method/api/v1/orders/{?}", "orders.prod", "/api/v1/orders/{?}"},
		{"/v1.0/invoke/{?}/method/orders", "{?}", "/orders"},
		{"/v1.0/invoke/orders/method", "orders", "/"},
		{"/v1.0/invoke/orders/methods/x", "", ""},
		{"/v1.0/invoke//method/x", "", ""},
		{"/v1.0/publish/pubsub/orders", "", ""},
		{"/api/v1.0/invoke/orders/method/x", "", ""},
	} {
		app, method, ok := DaprInvokePath(c.path)
		if app != c.app || method != c.method || ok != (c.app != "") {
			t.Errorf("DaprInvokePath(%q) = %q, %q, %v; want %q, %q", c.path, app, method, ok, c.app, c.method)
		}
	}
	if got := DaprAppName("orders.prod"); got != "orders" {
		t.Errorf("DaprAppName(orders.prod) = %q", got)
	}
}
