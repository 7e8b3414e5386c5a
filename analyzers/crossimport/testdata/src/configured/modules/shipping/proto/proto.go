// Package proto would be an api package by convention; the config's explicit
// api list makes it internal to shipping.
package proto

// Label is shipping's internal label model.
type Label struct{ Text string }
