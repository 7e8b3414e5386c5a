// Package readpref is a minimal stub of go.mongodb.org/mongo-driver/mongo/readpref (checked against v1.17.9).
package readpref

// Mode indicates the user's preference on reads.
type Mode uint8

// Mode constants
const (
	_ Mode = iota
	PrimaryMode
	PrimaryPreferredMode
	SecondaryMode
	SecondaryPreferredMode
	NearestMode
)

// Option configures a read preference
type Option func(*ReadPref) error

// ReadPref determines which servers are considered suitable for read operations.
type ReadPref struct {
	mode Mode
}

// Primary constructs a read preference with a PrimaryMode.
func Primary() *ReadPref { return &ReadPref{mode: PrimaryMode} }

// PrimaryPreferred constructs a read preference with a PrimaryPreferredMode.
func PrimaryPreferred(opts ...Option) *ReadPref { return &ReadPref{mode: PrimaryPreferredMode} }

// SecondaryPreferred constructs a read preference with a SecondaryPreferredMode.
func SecondaryPreferred(opts ...Option) *ReadPref { return &ReadPref{mode: SecondaryPreferredMode} }

// Secondary constructs a read preference with a SecondaryMode.
func Secondary(opts ...Option) *ReadPref { return &ReadPref{mode: SecondaryMode} }

// Nearest constructs a read preference with a NearestMode.
func Nearest(opts ...Option) *ReadPref { return &ReadPref{mode: NearestMode} }

// Mode indicates the mode of the read preference.
func (r *ReadPref) Mode() Mode { return r.mode }
