package interactions

import "testing"

// TestGormNaming checks gorm's default table names: snake case, the
// plural rules, the irregular and uncountable words, and a naming
// strategy's prefix, singular tables and kept case.
func TestGormNaming(t *testing.T) {
	for _, c := range []struct {
		ns         gormNaming
		name, want string
	}{
		{gormNaming{}, "Order", "orders"},
		{gormNaming{}, "OrderItem", "order_items"},
		{gormNaming{}, "HTTPLog", "http_logs"},
		{gormNaming{}, "UserID", "user_ids"},
		{gormNaming{}, "Address", "addresses"},
		{gormNaming{}, "Box", "boxes"},
		{gormNaming{}, "Batch", "batches"},
		{gormNaming{}, "Wish", "wishes"},
		{gormNaming{}, "Category", "categories"},
		{gormNaming{}, "Day", "days"},
		{gormNaming{}, "Person", "people"},
		{gormNaming{}, "ShopPerson", "shop_people"},
		{gormNaming{}, "Child", "children"},
		{gormNaming{}, "Status", "statuses"},
		{gormNaming{}, "Equipment", "equipment"},
		{gormNaming{}, "Orders", "orders"},
		{gormNaming{prefix: "x_"}, "Order", "x_orders"},
		{gormNaming{prefix: "x_", singular: true}, "OrderItem", "x_order_item"},
		{gormNaming{noLower: true}, "Person", "People"},
	} {
		if got := c.ns.table(c.name); got != c.want {
			t.Errorf("%+v.table(%q) = %q, want %q", c.ns, c.name, got, c.want)
		}
	}
}
