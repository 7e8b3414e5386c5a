// Command web keeps what it saves in memory: its call through the
// interface reaches its own implementation, never admin's, whose Save
// queries a database.
package main

import (
	"context"

	"ifacesvc/store"
)

type memory struct{ ids []string }

func (m *memory) Save(ctx context.Context, id string) error {
	m.ids = append(m.ids, id)
	return nil
}

func main() {
	var s store.Store = &memory{}
	s.Save(context.Background(), "a")
}
