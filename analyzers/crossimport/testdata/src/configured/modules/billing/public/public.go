// Package public is billing's api by the config, though convention would not
// say so.
package public

// Invoice is an invoice as other services see it.
type Invoice struct{ Cents int64 }
