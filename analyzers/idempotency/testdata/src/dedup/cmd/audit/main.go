package main

import "dedup/services/audit"

func main() { audit.Run() }
