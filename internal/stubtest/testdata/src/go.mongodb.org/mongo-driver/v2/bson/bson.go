// Package bson is a minimal stub of go.mongodb.org/mongo-driver/v2/bson (checked against v2.2.0).
package bson

// E represents a BSON element for a D.
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
