// Package primitive is a minimal stub of go.mongodb.org/mongo-driver/bson/primitive (v1, checked against v1.17.9).
package primitive

// E represents a BSON element for a D. It is usually used inside a D.
type E struct {
	Key   string
	Value interface{}
}

// D is an ordered representation of a BSON document.
type D []E

// M is an unordered representation of a BSON document.
type M map[string]interface{}

// A is an ordered representation of a BSON array.
type A []interface{}

// ObjectID is the BSON ObjectID type.
type ObjectID [12]byte

// NewObjectID generates a new ObjectID.
func NewObjectID() ObjectID { return ObjectID{} }

// Hex returns the hex encoding of the ObjectID as a string.
func (id ObjectID) Hex() string { return "" }
