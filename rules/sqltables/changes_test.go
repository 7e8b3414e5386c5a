package sqltables

import (
	"fmt"
	"strings"
	"testing"
)

func TestChanges(t *testing.T) {
	for _, tc := range []struct{ sql, want string }{
		{"INSERT INTO orders (id) VALUES ($1)", "insert"},
		{"insert into processed (id) values ($1) on conflict do nothing", "insert conflict=nothing"},
		{"INSERT INTO processed (id) VALUES ($1) ON CONFLICT (id) DO NOTHING RETURNING id", "insert conflict=nothing returning"},
		{"INSERT INTO stock (sku, n) VALUES ($1, $2) ON CONFLICT (sku) DO UPDATE SET n = stock.n + excluded.n", "insert conflict=update relative"},
		{"INSERT INTO stock (sku, n) VALUES ($1, $2) ON CONFLICT (sku) DO UPDATE SET n = excluded.n", "insert conflict=update"},
		{"INSERT IGNORE INTO seen (id) VALUES (?)", "insert conflict=nothing"},
		{"INSERT OR IGNORE INTO seen (id) VALUES (?)", "insert conflict=nothing"},
		{"INSERT OR REPLACE INTO seen (id) VALUES (?)", "insert conflict=update"},
		{"INSERT INTO t (id, n) VALUES (?, ?) ON DUPLICATE KEY UPDATE n = n + 1", "insert conflict=update relative"},
		{"UPSERT INTO t (id) VALUES ($1)", "insert conflict=update"},
		{"UPDATE accounts SET balance = balance + $1 WHERE id = $2", "update relative"},
		{"UPDATE accounts SET balance = $1 WHERE id = $2", "update"},
		{`UPDATE "accounts" SET "count" = "count" - 1`, "update relative"},
		{"UPDATE t SET tags = tags || $1", "update relative"},
		{"UPDATE t SET n = t.n * 2", "update relative"},
		{"UPDATE t SET a = b + 1", "update"},
		{"UPDATE orders SET status = 'paid', version = version + 1 WHERE id = $1 AND version = $2", "update relative conditional"},
		{"DELETE FROM carts WHERE id = $1", "delete"},
		{"REPLACE INTO t (id) VALUES (?)", "replace"},
		{"MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = s.n", "merge"},
		{"SELECT * FROM orders", ""},
		{"SELECT 'insert into x' FROM t", ""},
		{"WITH moved AS (DELETE FROM a RETURNING *) INSERT INTO b SELECT * FROM moved", "delete returning, insert"},
		{"INSERT INTO a (id) VALUES (1); UPDATE b SET n = n + 1", "insert, update relative"},
		{"UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending'", "update conditional"},
		{"UPDATE t SET processed_at = now() WHERE id = $1 AND processed_at IS NULL", "update conditional"},
		{`UPDATE orders o SET "status" = 'paid' WHERE o.id = $1 AND (o.Status = 'pending' OR o.status IS NULL) RETURNING id`, "update returning conditional"},
		{"UPDATE orders SET status = 'paid' WHERE id = $1", "update"},
		{"UPDATE orders SET status = 'paid' WHERE id IN (SELECT order_id FROM payments WHERE status = 'ok')", "update"},
		{"UPDATE orders SET paid = true RETURNING status", "update returning"},
		{"DELETE FROM orders WHERE status = 'pending'", "delete"},
		{"", ""},
	} {
		var got []string
		for _, c := range Changes(tc.sql) {
			s := c.Verb
			if c.Conflict != "" {
				s += " conflict=" + c.Conflict
			}
			if c.Relative {
				s += " relative"
			}
			if c.Returning {
				s += " returning"
			}
			if c.Conditional {
				s += " conditional"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, ", "); g != tc.want {
			t.Errorf("Changes(%q) = %q, want %q", tc.sql, g, tc.want)
		}
	}
}

func FuzzChanges(f *testing.F) {
	f.Add("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING")
	f.Add("UPDATE t SET n = n + 1")
	f.Add("UPDATE t SET s = 'b' WHERE id = $1 AND (s = 'a' OR s IN (SELECT s FROM u))")
	f.Add("WITH x AS (DELETE FROM a RETURNING *) INSERT INTO b SELECT * FROM x")
	f.Fuzz(func(t *testing.T, sql string) {
		_ = fmt.Sprint(Changes(sql))
	})
}
