// Package spare belongs to orders and nothing imports it.
package spare

import (
	"database/sql"
	"net/http"
)

func Ping() { http.Get("http://billing:8080/ping") }

func Open() (*sql.DB, error) { return sql.Open("postgres", "postgres://orders@db:5432/orders") }
