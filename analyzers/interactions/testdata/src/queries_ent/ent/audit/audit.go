// Package audit looks like an entity's package but names no table: its
// builders are not recorded.
package audit

// Label is the entity's label.
const Label = "audit"
