// Package store is billing's data access.
package store

import "database/sql"

type Store struct{ DB *sql.DB }

func (s *Store) Charge(order string) error {
	_, err := s.DB.Exec("INSERT INTO charges (order_id) VALUES ($1)", order)
	return err
}

func (s *Store) Find(order string) error {
	_, err := s.DB.Query("SELECT id FROM charges WHERE order_id = $1", order)
	return err
}
