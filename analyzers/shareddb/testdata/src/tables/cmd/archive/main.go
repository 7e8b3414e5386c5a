package main

import "tables/services/archive"

func main() { _, _ = archive.Open() }
