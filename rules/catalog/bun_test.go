package catalog

import "testing"

// TestBunTable checks bun's default table names: bun's underscores (a
// last capital joins the word before it), then the plural rules gorm's
// names share.
func TestBunTable(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Order", "orders"},
		{"OrderItem", "order_items"},
		{"HTTPLog", "http_logs"},
		{"UserID", "user_ids"},
		{"UserX", "userxes"},
		{"Category", "categories"},
		{"Person", "people"},
		{"order", "orders"},
	} {
		if got := BunTable(c.name); got != c.want {
			t.Errorf("BunTable(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestBunModelTag checks the table a bun.BaseModel tag names: its name,
// a table option that replaces it, a select option, and tags that name
// none.
func TestBunModelTag(t *testing.T) {
	for _, c := range []struct{ tag, table, selects string }{
		{"table:orders,alias:o", "orders", ""},
		{"orders,alias:o", "orders", ""},
		{"shop.orders", "shop.orders", ""},
		{"name,table:orders", "orders", ""},
		{"table:orders,select:orders_view", "orders", "orders_view"},
		{"alias:o", "", ""},
		{",alias:o", "", ""},
		{"table:'orders'", "orders", ""},
		{"", "", ""},
	} {
		table, selects := BunModelTag(c.tag)
		if table != c.table || selects != c.selects {
			t.Errorf("BunModelTag(%q) = %q, %q, want %q, %q", c.tag, table, selects, c.table, c.selects)
		}
	}
	for tag, want := range map[string]bool{",inherit": true, ",extend": true, "inherit": false, "": false, "embed:x_": false} {
		if got := BunInherits(tag); got != want {
			t.Errorf("BunInherits(%q) = %v, want %v", tag, got, want)
		}
	}
}
