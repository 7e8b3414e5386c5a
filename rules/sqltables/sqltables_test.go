package sqltables

import (
	"reflect"
	"testing"
)

func r(t string) Access { return Access{Table: t} }
func w(t string) Access { return Access{Table: t, Write: true} }

const migration = `-- 0001_init.up.sql
CREATE TABLE IF NOT EXISTS users (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE, -- login; "quoted" in a comment
    created_at timestamptz NOT NULL DEFAULT now()
);

/* charges belong to billing; DROP TABLE nope; */
CREATE TABLE billing.charges (
    id serial PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    amount numeric(10,2),
    note text DEFAULT 'a; b'
);
CREATE INDEX charges_user ON billing.charges (user_id);
ALTER TABLE users ADD COLUMN name text;
DROP TABLE IF EXISTS legacy_users, legacy_charges;
INSERT INTO users (email) SELECT email FROM legacy_emails;
`

const mysqlMigration = "CREATE TABLE `orders` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `user_id` int,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n# seed\nINSERT INTO `orders` (`user_id`) VALUES (1);\nTRUNCATE sessions;\nRENAME TABLE a TO b;\n"

func TestTables(t *testing.T) {
	tests := []struct {
		name, sql string
		want      Result
	}{
		{"empty", "", Result{}},
		{"only comments and semicolons", "-- nothing\n;/* here */;", Result{}},
		{"no table", "SELECT 1", Result{}},
		{"non-SQL", "hello, world: this is not SQL", Result{Scanned: true}},
		{"non-SQL with keywords", "please update the docs from main", Result{
			Accesses: []Access{r("main"), w("the")}, Scanned: true}},

		// MySQL forms.
		{"mysql placeholders", "SELECT id, name FROM users WHERE id = ? AND org = ?", Result{Accesses: []Access{r("users")}}},
		{"backquoted", "SELECT `u`.`id` FROM `Users` AS `u` WHERE `u`.`id` = ?", Result{Accesses: []Access{r("users")}}},
		{"backquoted schema", "SELECT * FROM `billing`.`charges`", Result{Accesses: []Access{r("billing.charges")}}},
		{"join and alias", "SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id LEFT JOIN shop.items AS i ON i.order_id = o.id",
			Result{Accesses: []Access{r("orders"), r("shop.items"), r("users")}}},
		{"comma join", "SELECT * FROM a, b x WHERE a.id = x.id", Result{Accesses: []Access{r("a"), r("b")}}},
		{"subqueries", "SELECT * FROM (SELECT id FROM orders) AS o WHERE o.id IN (SELECT order_id FROM items) AND EXISTS (SELECT 1 FROM users u WHERE u.id = o.id)",
			Result{Accesses: []Access{r("items"), r("orders"), r("users")}}},
		{"union", "SELECT id FROM a UNION ALL SELECT id FROM b", Result{Accesses: []Access{r("a"), r("b")}}},
		{"insert select same table", "INSERT INTO t (a) SELECT a FROM t WHERE b = ?", Result{Accesses: []Access{w("t"), r("t")}}},
		{"insert on duplicate key", "INSERT INTO counters (k, n) VALUES (?, 1) ON DUPLICATE KEY UPDATE n = n + 1", Result{Accesses: []Access{w("counters")}}},
		{"insert ignore", "INSERT IGNORE INTO seen (id) VALUES (?)", Result{Accesses: []Access{w("seen")}}},
		{"replace", "REPLACE INTO cache (k, v) VALUES (?, ?)", Result{Accesses: []Access{w("cache")}}},
		{"update", "UPDATE users SET name = ? WHERE id = ?", Result{Accesses: []Access{w("users")}}},
		{"update with subquery", "UPDATE users SET score = (SELECT count(*) FROM posts WHERE posts.uid = users.id)", Result{Accesses: []Access{r("posts"), w("users")}}},
		{"multi-table update", "UPDATE orders o JOIN users u ON u.id = o.user_id SET o.email = u.email", Result{Accesses: []Access{w("orders"), r("users")}}},
		{"delete", "DELETE FROM sessions WHERE expires < NOW()", Result{Accesses: []Access{w("sessions")}}},
		{"multi-table delete", "DELETE o FROM orders o JOIN users u ON u.id = o.user_id WHERE u.gone", Result{Accesses: []Access{w("orders"), r("users")}}},
		{"truncate", "TRUNCATE TABLE audit", Result{Accesses: []Access{w("audit")}}},
		{"for update", "SELECT * FROM jobs WHERE state = 'new' FOR UPDATE SKIP LOCKED", Result{Accesses: []Access{r("jobs")}}},
		{"string holding SQL", "SELECT 'DELETE FROM users' FROM notes", Result{Accesses: []Access{r("notes")}}},
		{"mysql migration", mysqlMigration, Result{
			Accesses: []Access{w("a"), w("b"), w("orders"), w("sessions")}, Creates: []string{"orders"}}},

		// Postgres forms.
		{"pg placeholders", "SELECT * FROM users WHERE id = $1 AND org = $2 LIMIT $3", Result{Accesses: []Access{r("users")}}},
		{"double-quoted", `SELECT "u"."id" FROM "Users" "u" WHERE "u"."id" = $1`, Result{Accesses: []Access{r("users")}}},
		{"double-quoted schema", `SELECT * FROM "billing"."charges" WHERE "note" = 'it''s "x"'`, Result{Accesses: []Access{r("billing.charges")}}},
		{"schema", "SELECT * FROM billing.charges c JOIN public.users u ON u.id = c.user_id", Result{Accesses: []Access{r("billing.charges"), r("public.users")}}},
		{"casts and ilike", "SELECT id::text, created_at::timestamp with time zone FROM users WHERE email ILIKE $1 AND tags::varchar(20)[] IS NOT NULL AND n::double precision > 0",
			Result{Accesses: []Access{r("users")}}},
		{"cast inside string kept", "SELECT * FROM t WHERE a = 'x::int ILIKE'", Result{Accesses: []Access{r("t")}}},
		{"any of an array", "SELECT * FROM users WHERE id = ANY($1::bigint[])", Result{Accesses: []Access{r("users")}}},
		{"any of a subquery", "SELECT * FROM users WHERE id = ANY (SELECT user_id FROM admins)", Result{Accesses: []Access{r("admins"), r("users")}}},
		{"returning", "INSERT INTO users (email) VALUES ($1) RETURNING id, created_at", Result{Accesses: []Access{w("users")}}},
		{"update returning", "UPDATE users SET name = $1 WHERE id = $2 RETURNING *", Result{Accesses: []Access{w("users")}}},
		{"delete returning", "DELETE FROM sessions WHERE id = $1 RETURNING user_id", Result{Accesses: []Access{w("sessions")}}},
		{"on conflict do nothing", "INSERT INTO seen (id) VALUES ($1) ON CONFLICT DO NOTHING", Result{Accesses: []Access{w("seen")}}},
		{"on conflict do update returning", "INSERT INTO counters (k, n) VALUES ($1, 1) ON CONFLICT (k) DO UPDATE SET n = counters.n + EXCLUDED.n RETURNING n",
			Result{Accesses: []Access{w("counters")}}},
		{"on conflict on constraint", "INSERT INTO t (a) VALUES ($1) ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING", Result{Accesses: []Access{w("t")}}},
		{"delete using", "DELETE FROM orders USING users WHERE orders.user_id = users.id AND users.gone", Result{Accesses: []Access{w("orders"), r("users")}}},
		{"cte", "WITH recent AS (SELECT * FROM orders WHERE created_at > now()) SELECT * FROM recent JOIN users ON users.id = recent.user_id",
			Result{Accesses: []Access{r("orders"), r("users")}}},
		{"recursive cte", "WITH RECURSIVE tree (id) AS (SELECT id FROM nodes WHERE parent IS NULL UNION ALL SELECT n.id FROM nodes n JOIN tree t ON n.parent = t.id) SELECT * FROM tree",
			Result{Accesses: []Access{r("nodes")}}},
		{"cte then insert", "WITH src AS (SELECT * FROM staging) INSERT INTO target SELECT * FROM src",
			Result{Accesses: []Access{r("staging"), w("target")}}},
		{"data-modifying cte", "WITH moved AS (DELETE FROM queue WHERE id = $1 RETURNING *) INSERT INTO done SELECT * FROM moved",
			Result{Accesses: []Access{w("done"), w("queue")}}},
		{"data-modifying ctes upsert", `WITH up AS (UPDATE stock SET n = n - 1 WHERE sku = $1 RETURNING sku), ins AS (INSERT INTO "log" (sku) SELECT sku FROM up ON CONFLICT DO NOTHING RETURNING sku) SELECT count(*) FROM ins`,
			Result{Accesses: []Access{w("log"), w("stock")}}},
		{"dollar quoted", "SELECT $tag$DELETE FROM users; $tag$ FROM notes", Result{Accesses: []Access{r("notes")}}},
		{"json operator not a comment", "SELECT data #>> '{a}' FROM docs WHERE id = $1", Result{Accesses: []Access{r("docs")}, Scanned: true}},
		{"pg migration", migration, Result{
			Accesses: []Access{w("billing.charges"), w("legacy_charges"), r("legacy_emails"), w("legacy_users"), w("users")},
			Creates:  []string{"billing.charges", "users"}}},

		// The parser rejects these: the scan reads them.
		{"update from", "UPDATE orders SET total = s.total FROM sums s WHERE s.id = orders.id", Result{
			Accesses: []Access{w("orders"), r("sums")}, Scanned: true}},
		{"distinct on", "SELECT DISTINCT ON (user_id) * FROM logins JOIN users ON users.id = logins.user_id WHERE EXTRACT(YEAR FROM at) = 2024", Result{
			Accesses: []Access{r("logins"), r("users")}, Scanned: true}},
		{"merge", "MERGE INTO stock s USING deliveries d ON s.sku = d.sku WHEN MATCHED THEN UPDATE SET n = s.n + d.n", Result{
			Accesses: []Access{w("stock")}, Scanned: true}},
		{"create table as unparsed", `CREATE TEMP TABLE IF NOT EXISTS "Scratch" AS SELECT * FROM generate_series(1, 3)`, Result{
			Accesses: []Access{w("scratch")}, Scanned: true, Creates: []string{"scratch"}}},
		{"one bad statement among good ones", "SELECT * FROM a; SELECT x FROM b WHERE y ~ 'z'; DELETE FROM c", Result{
			Accesses: []Access{r("a"), r("b"), w("c")}, Scanned: true}},
		{"unterminated string", "SELECT * FROM t WHERE a = 'oops", Result{Accesses: []Access{r("t")}, Scanned: true}},
		{"truncate list", "TRUNCATE a, b.c CASCADE; COMMENT ON TABLE d IS 'x'", Result{
			Accesses: []Access{w("a"), w("b.c"), w("d")}, Scanned: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tables(tt.sql)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tables(%q)\n got %+v\nwant %+v", tt.sql, got, tt.want)
			}
		})
	}
}

// garbage is text that must not make Tables panic.
var garbage = []string{
	"", ";", "'", `"`, "`", "$", "$$", "$a$", "$1", "--", "/*", "*/", "#", "::", "(", ")", "((((", "))))",
	"WITH", "WITH x", "WITH x AS", "WITH x AS (", "WITH x AS ()", "WITH x AS (SELECT", "WITH x AS (DELETE) ,",
	"SELECT 1::", "SELECT 1::int[", "SELECT a FROM", "FROM", "JOIN", "INTO", "TABLE", "TRUNCATE", "UPDATE",
	"DELETE FROM", "CREATE TABLE IF NOT", "INSERT INTO t RETURNING", "ON CONFLICT", "ANY(", "ANY()",
	"SELECT * FROM a.b.c.d.e", "SELECT * FROM \"\"", "SELECT * FROM ``", "\x00\xff\xfe", "SELECT '\\",
	"UPDATE a JOIN b SET", "DELETE x FROM", "x.", "FROM x.", "FROM x,", "FROM x AS", "TABLE IF EXISTS",
}

func TestGarbage(t *testing.T) {
	for _, s := range garbage {
		_ = Tables(s)
	}
}

func FuzzTables(f *testing.F) {
	for _, s := range garbage {
		f.Add(s)
	}
	f.Add(migration)
	f.Add(mysqlMigration)
	f.Add("WITH moved AS (DELETE FROM queue WHERE id = $1 RETURNING *) INSERT INTO done SELECT * FROM moved")
	f.Add(`SELECT "a"::text FROM "s"."t" WHERE b ILIKE $1 AND c = ANY($2)`)
	f.Fuzz(func(t *testing.T, sql string) {
		res := Tables(sql)
		for i, a := range res.Accesses {
			if a.Table == "" {
				t.Fatalf("empty table in %+v", res)
			}
			if i > 0 {
				p := res.Accesses[i-1]
				if p.Table > a.Table || p.Table == a.Table && (p.Write == a.Write || !p.Write) {
					t.Fatalf("not sorted or not unique: %+v", res.Accesses)
				}
			}
		}
	})
}

var benchStatements = []string{
	"SELECT id, email, created_at FROM users WHERE id = $1",
	"INSERT INTO orders (user_id, total) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET total = EXCLUDED.total RETURNING id",
	"SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id WHERE o.created_at > ? AND u.org IN (SELECT id FROM orgs WHERE plan = ?)",
	"UPDATE sessions SET seen_at = now() WHERE token = $1",
	"DELETE FROM jobs WHERE state = 'done' AND finished_at < ?",
}

func BenchmarkTables(b *testing.B) {
	for b.Loop() {
		for _, s := range benchStatements {
			_ = Tables(s)
		}
	}
}
