// Command b runs service b.
package main

func main() { println("b") }
