// Package ent is a minimal stub of entgo.io/ent (checked against v0.11.9):
// the types the generated code aliases.
package ent

import "context"

// Op is a mutation's operation.
type Op uint

// Value is what a mutation returns.
type Value any

// Mutation is a change to one entity type.
type Mutation interface {
	Op() Op
	Type() string
}

// Mutator applies a mutation.
type Mutator interface {
	Mutate(context.Context, Mutation) (Value, error)
}

// Hook wraps a Mutator.
type Hook func(Mutator) Mutator
