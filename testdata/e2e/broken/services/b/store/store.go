// Package store does not type check, and reaches into service a.
package store

import "example.com/broken/services/a/handler"

// Limit is declared with the wrong type on purpose.
var Limit int = "ten"

// Name uses a's internals: still reported although the package is broken.
var Name = handler.ID
