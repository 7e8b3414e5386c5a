// Package feed uses a module the go.mod does not require.
package feed

import "github.com/boundcheck-fixture/nosuchmodule/rss"

// Title returns the feed's title.
func Title() string { return rss.Title }
