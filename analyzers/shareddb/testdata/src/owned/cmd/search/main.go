package main

import "owned/services/search"

func main() { _ = search.Open }
