// Package data_sql opens SQL databases with database/sql, sqlx, pgx (v4 and
// v5, connections and pools, from a DSN and from a parsed config) and gorm
// (postgres, mysql and sqlite dialectors), with DSNs from literals,
// environment variables with and without a fallback, Sprintf and a config
// struct.
package data_sql

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"os"

	pgx4 "github.com/jackc/pgx/v4"
	pgxpool4 "github.com/jackc/pgx/v4/pgxpool"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gorm.io/driver/mysql"
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
)

const ordersDSN = "postgres://orders:s3cret@orders-db:5432/orders?sslmode=disable"

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

type Config struct {
	DatabaseURL string `env:"DATABASE_URL" envDefault:"postgres://billing-db/billing"`
}

func open(ctx context.Context, cfg Config) error {
	db, err := sql.Open("postgres", ordersDSN) //@datastore("database sql postgres:orders-db/orders")
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := sql.Open("pgx", getenv("LEDGER_DSN", "host=ledger-db port=5432 user=ledger dbname=ledger sslmode=disable")); err != nil { //@datastore("database sql postgres:ledger-db/ledger")
		return err
	}
	if _, err := sql.Open("mysql", "shop:pw@tcp(mysql.internal:3306)/catalog?parseTime=true"); err != nil { //@datastore("database sql mysql:mysql.internal/catalog")
		return err
	}
	if _, err := sql.Open("sqlite3", "file:cache.db?cache=shared"); err != nil { //@datastore("database sql sqlite:cache.db")
		return err
	}
	if _, err := sql.Open("postgres", os.Getenv("ANALYTICS_DSN")); err != nil { //@datastore("database sql postgres:?")
		return err
	}
	if _, err := sql.Open("postgres", cfg.DatabaseURL); err != nil { //@datastore("database sql postgres:billing-db/billing")
		return err
	}
	dsn := fmt.Sprintf("postgres://%s:%s@%s:5432/reports", os.Getenv("USER"), os.Getenv("PW"), os.Getenv("REPORTS_HOST"))
	if _, err := sqlx.Connect("postgres", dsn); err != nil { //@datastore("database sql postgres:?/reports")
		return err
	}
	x := sqlx.MustConnect("mysql", "root@/audit") //@datastore("database sql mysql:localhost/audit")
	defer x.Close()
	return nil
}

func pgxConns(ctx context.Context) error {
	conn, err := pgx.Connect(ctx, "postgres://pgx@stock-db/stock") //@datastore("database sql postgres:stock-db/stock")
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	cfg, err := pgxpool.ParseConfig("postgres://pool@pricing-db:6432/pricing")
	if err != nil {
		return err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg) //@datastore("database sql postgres:pricing-db/pricing")
	if err != nil {
		return err
	}
	defer pool.Close()
	if _, err := pgxpool.New(ctx, "host=search-db dbname=search"); err != nil { //@datastore("database sql postgres:search-db/search")
		return err
	}
	c4, err := pgx4.ParseConfig("postgresql://legacy-db/legacy")
	if err != nil {
		return err
	}
	if _, err := pgx4.ConnectConfig(ctx, c4); err != nil { //@datastore("database sql postgres:legacy-db/legacy")
		return err
	}
	_, err = pgxpool4.Connect(ctx, "postgres://legacy-db/sessions") //@datastore("database sql postgres:legacy-db/sessions")
	return err
}

func gorms() error {
	if _, err := gorm.Open(postgres.Open("host=users-db user=users dbname=users"), &gorm.Config{}); err != nil { //@datastore("database sql postgres:users-db/users")
		return err
	}
	if _, err := gorm.Open(mysql.New(mysql.Config{DSN: "app:pw@tcp(MySQL-Main)/shop"})); err != nil { //@datastore("database sql mysql:mysql-main/shop")
		return err
	}
	_, err := gorm.Open(sqlite.Open("/var/lib/app/local.db")) //@datastore("database sql sqlite:/var/lib/app/local.db")
	return err
}

func unknown(c driver.Connector) *sql.DB {
	return sql.OpenDB(c) //@datastore("database sql sql:?")
}

// Look-alikes: none of these connects.

type store struct{}

func (store) Open(driver, dsn string) error { return nil }

func Open(driver, dsn string) (*sql.DB, error) { return nil, nil }

func lookalikes() {
	var s store
	_ = s.Open("postgres", "postgres://not-recorded/x")
	_, _ = Open("postgres", "postgres://not-recorded/y")
	_ = sql.Drivers()
	_, _ = pgx.ParseConfig("postgres://parsed-only/z")
}
