// Package uuid is a minimal stub of github.com/google/uuid (checked against v1.6.0).
package uuid

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC 9562.
type UUID [16]byte

// New creates a new random UUID or panics.
func New() UUID { return UUID{} }

// NewString creates a new random UUID and returns it as a string or panics.
func NewString() string { return New().String() }

// NewRandom returns a Random (Version 4) UUID.
func NewRandom() (UUID, error) { return UUID{}, nil }

// NewV7 returns a Version 7 UUID based on the current time.
func NewV7() (UUID, error) { return UUID{}, nil }

// Parse decodes s into a UUID or returns an error.
func Parse(s string) (UUID, error) { return UUID{}, nil }

// Must returns uuid if err is nil and panics otherwise.
func Must(uuid UUID, err error) UUID { return uuid }

// String returns the string form of uuid.
func (uuid UUID) String() string { return string(uuid[:]) }
