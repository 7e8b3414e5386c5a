// Package bson is a minimal stub of go.mongodb.org/mongo-driver/bson (v1, checked against v1.17.9).
package bson

import "go.mongodb.org/mongo-driver/bson/primitive"

// E represents a BSON element for a D.
type E = primitive.E

// D is an ordered representation of a BSON document.
type D = primitive.D

// M is an unordered representation of a BSON document.
type M = primitive.M

// A is an ordered representation of a BSON array.
type A = primitive.A
