// Package am is a library baskets and ordering share.
package am

// Name names the library.
func Name() string { return "am" }
