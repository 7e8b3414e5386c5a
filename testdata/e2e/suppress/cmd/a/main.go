// Command a runs service a.
package main

import "example.com/suppress/services/a/handler"

func main() { println(handler.FromAPI(struct{ ID string }{"1"})) }
