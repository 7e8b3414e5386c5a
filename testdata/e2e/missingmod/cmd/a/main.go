// Command a runs service a.
package main

import "example.com/missingmod/services/a/feed"

func main() { println(feed.Title()) }
