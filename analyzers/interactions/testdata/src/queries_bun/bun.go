// want package:"impls "

// Package queries_bun reads and writes tables with bun: models named by
// their bun.BaseModel tags or bun's default naming, chained Table,
// TableExpr and ModelTableExpr, each kind of query, a transaction, raw
// statements, and the *sql.DB bun.NewDB wraps; queries whose table or
// connection cannot be known; and look-alikes.
package queries_bun

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

type Order struct {
	bun.BaseModel `bun:"table:orders,alias:o"`
	ID            int64
}

// OrderItem has no tag: bun names its table order_items.
type OrderItem struct{ ID int64 }

// Customer names its table by the tag's name.
type Customer struct {
	bun.BaseModel `bun:"customers,alias:c"`
	ID            int64
}

// Stat is read from a view and written to its table.
type Stat struct {
	bun.BaseModel `bun:"table:stats,select:stats_view"`
	ID            int64
}

// ArchivedOrder takes Order's table.
type ArchivedOrder struct {
	Order `bun:",inherit"`
	At    int64
}

// Person is plural the English way.
type Person struct{ ID int64 }

type Store struct{ db *bun.DB }

func Open(ctx context.Context) (*Store, error) {
	sqldb, err := sql.Open("pgx", "postgres://orders-db/orders")
	if err != nil {
		return nil, err
	}
	db := bun.NewDB(sqldb, pgdialect.New())
	if _, err := db.NewCreateTable().Model((*Order)(nil)).IfNotExists().Exec(ctx); err != nil { //@query("sql write creates table=orders conn=postgres:orders-db/orders")
		return nil, err
	}
	return &Store{db: db}, nil
}

func (s *Store) Reads(ctx context.Context) {
	var o Order
	_ = s.db.NewSelect().Model(&o).Where("id = ?", 1).Order("id").Limit(1).Scan(ctx) //@query("sql table=orders conn=postgres:orders-db/orders")
	var items []OrderItem
	_ = s.db.NewSelect().Model(&items).Scan(ctx)                   //@query("sql table=order_items conn=postgres:orders-db/orders")
	_, _ = s.db.NewSelect().Model((*Order)(nil)).Count(ctx)        //@query("sql table=orders conn=postgres:orders-db/orders")
	_, _ = s.db.NewSelect().Model(&o).Where("id = 1").Exists(ctx)  //@query("sql table=orders conn=postgres:orders-db/orders")
	_, _ = s.db.NewSelect().Model(&[]Customer{}).ScanAndCount(ctx) //@query("sql table=customers conn=postgres:orders-db/orders")
	_, _ = s.db.NewSelect().Model(&[]Person{}).Rows(ctx)           //@query("sql table=people conn=postgres:orders-db/orders")
	_ = s.db.NewSelect().Model(&[]Stat{}).Scan(ctx)                //@query("sql table=stats_view conn=postgres:orders-db/orders")
	_ = s.db.NewSelect().Model(&[]ArchivedOrder{}).Scan(ctx)       //@query("sql table=orders conn=postgres:orders-db/orders")
	var ids []int64
	_ = s.db.NewSelect().Table("ledger").Column("id").Scan(ctx, &ids)              //@query("sql table=ledger conn=postgres:orders-db/orders")
	_ = s.db.NewSelect().TableExpr("audit AS a").Scan(ctx, &ids)                   //@query("sql table=audit conn=postgres:orders-db/orders")
	_ = s.db.NewSelect().Model(&o).ModelTableExpr("orders_archive AS o").Scan(ctx) //@query("sql table=orders_archive conn=postgres:orders-db/orders")
	row := map[string]interface{}{}
	_ = s.db.NewSelect().Model(&row).Table("carts").Scan(ctx)         //@query("sql table=carts conn=postgres:orders-db/orders")
	_ = s.db.NewSelect().TableExpr("(SELECT 1) AS x").Scan(ctx, &ids) //@query("sql table={?} conn=postgres:orders-db/orders")
	var n int
	_ = s.db.NewSelect().ColumnExpr("1").Scan(ctx, &n) // names no table: not recorded
	q := s.db.NewSelect().Model(&o)
	q = q.Where("id = ?", 2)
	_ = q.Scan(ctx)                                          //@query("sql table=orders conn=postgres:orders-db/orders")
	_ = s.db.NewRaw("SELECT id FROM orders").Scan(ctx, &ids) //@query("sql SELECT id FROM orders conn=postgres:orders-db/orders")
	_, _ = s.db.QueryContext(ctx, "SELECT id FROM carts")    //@query("sql SELECT id FROM carts conn=postgres:orders-db/orders")
}

func (s *Store) Writes(ctx context.Context, o *Order, v interface{}) error {
	_, _ = s.db.NewInsert().Model(o).Exec(ctx)                                 //@query("sql write table=orders conn=postgres:orders-db/orders")
	_ = s.db.NewInsert().Model(o).Returning("id").Scan(ctx)                    //@query("sql write table=orders conn=postgres:orders-db/orders")
	_, _ = s.db.NewUpdate().Model(o).Set("total = 1").WherePK().Exec(ctx)      //@query("sql write table=orders conn=postgres:orders-db/orders")
	_, _ = s.db.NewDelete().Model(o).WherePK().Exec(ctx)                       //@query("sql write table=orders conn=postgres:orders-db/orders")
	_, _ = s.db.NewDelete().TableExpr("carts").Where("id = 1").Exec(ctx)       //@query("sql write table=carts conn=postgres:orders-db/orders")
	_, _ = s.db.NewMerge().Model(o).Using("src").On("o.id = src.id").Exec(ctx) //@query("sql write table=orders conn=postgres:orders-db/orders")
	_, _ = s.db.NewInsert().Model(&Stat{}).Exec(ctx)                           //@query("sql write table=stats conn=postgres:orders-db/orders")
	_, _ = s.db.NewDropTable().Model((*OrderItem)(nil)).IfExists().Exec(ctx)   //@query("sql write table=order_items conn=postgres:orders-db/orders")
	_, _ = s.db.NewInsert().Model(v).Exec(ctx)                                 //@query("sql write table={?} conn=postgres:orders-db/orders")
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	_, _ = tx.NewInsert().Model(&OrderItem{}).Exec(ctx)           //@query("sql write table=order_items conn=postgres:orders-db/orders")
	_ = s.db.NewSelect().Conn(tx).Model(&[]OrderItem{}).Scan(ctx) //@query("sql table=order_items conn=postgres:orders-db/orders")
	_ = tx.Commit()
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		_, err := tx.NewUpdate().Model(o).WherePK().Exec(ctx) //@query("sql write table=orders conn=-")
		return err
	})
}

// Handed runs on a database handed in: no connection.
func Handed(ctx context.Context, db bun.IDB) {
	_ = db.NewSelect().Model(&[]Order{}).Scan(ctx) //@query("sql table=orders conn=-")
}

// Run runs a query built elsewhere: its table cannot be known.
func Run(ctx context.Context, q *bun.SelectQuery) error {
	return q.Scan(ctx) //@query("sql table={?} conn=-")
}

// builder is another library's look-alike of bun's.
type builder struct{}

type query struct{}

func (builder) NewSelect() *query                                    { return &query{} }
func (q *query) Model(model interface{}) *query                      { return q }
func (q *query) Scan(ctx context.Context, dest ...interface{}) error { return nil }

func LookAlike(ctx context.Context) {
	_ = builder{}.NewSelect().Model(&Order{}).Scan(ctx)
}
