// Package middleware is a trimmed stub of watermill's router middleware:
// the Deduplicator and its key repositories.
package middleware

import (
	"context"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"
)

// ExpiringKeyRepository is a store of message keys that forgets them
// after a while.
type ExpiringKeyRepository interface {
	IsDuplicate(ctx context.Context, key string) (ok bool, err error)
}

// MessageHasher makes a message's deduplication key.
type MessageHasher func(*message.Message) (string, error)

// Deduplicator drops messages whose key its Repository has seen; with no
// Repository, it keeps the keys in a map in memory for a minute.
type Deduplicator struct {
	KeyFactory MessageHasher
	Repository ExpiringKeyRepository
	Timeout    time.Duration
}

// Middleware drops the messages the Deduplicator has seen.
func (d *Deduplicator) Middleware(h message.HandlerFunc) message.HandlerFunc { return h }

// NewMapExpiringKeyRepository returns a repository that keeps the keys in
// memory.
func NewMapExpiringKeyRepository(window time.Duration) (ExpiringKeyRepository, error) {
	return nil, nil
}

// NewMessageHasherFromMetadataField keys a message by a metadata field.
func NewMessageHasherFromMetadataField(field string) MessageHasher { return nil }
