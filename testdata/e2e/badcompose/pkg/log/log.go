// Package log is a library both services use.
package log

// Print prints a line.
func Print(msg string) { println(msg) }
