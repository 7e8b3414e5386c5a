package catalog

import "testing"

// TestGormNaming checks gorm's default table names: snake case, the
// plural rules, the irregular and uncountable words, and a naming
// strategy's prefix, singular tables and kept case.
func TestGormNaming(t *testing.T) {
	for _, c := range []struct {
		ns         GormNaming
		name, want string
	}{
		{GormNaming{}, "Order", "orders"},
		{GormNaming{}, "OrderItem", "order_items"},
		{GormNaming{}, "HTTPLog", "http_logs"},
		{GormNaming{}, "UserID", "user_ids"},
		{GormNaming{}, "Address", "addresses"},
		{GormNaming{}, "Box", "boxes"},
		{GormNaming{}, "Batch", "batches"},
		{GormNaming{}, "Wish", "wishes"},
		{GormNaming{}, "Category", "categories"},
		{GormNaming{}, "Day", "days"},
		{GormNaming{}, "Person", "people"},
		{GormNaming{}, "ShopPerson", "shop_people"},
		{GormNaming{}, "Child", "children"},
		{GormNaming{}, "Status", "statuses"},
		{GormNaming{}, "Equipment", "equipment"},
		{GormNaming{}, "Orders", "orders"},
		{GormNaming{Prefix: "x_"}, "Order", "x_orders"},
		{GormNaming{Prefix: "x_", Singular: true}, "OrderItem", "x_order_item"},
		{GormNaming{NoLower: true}, "Person", "People"},
	} {
		if got := c.ns.Table(c.name); got != c.want {
			t.Errorf("%+v.Table(%q) = %q, want %q", c.ns, c.name, got, c.want)
		}
	}
}
