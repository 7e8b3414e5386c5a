// Package internal is a minimal stub of google.golang.org/api/internal (checked against
// google.golang.org/api v0.287.1).
package internal

// DialSettings holds information needed to establish a connection with a
// Google API service. (Trimmed.)
type DialSettings struct {
	Endpoint        string
	CredentialsFile string
}
