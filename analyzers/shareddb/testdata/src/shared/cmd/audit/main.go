package main

import "shared/services/audit"

func main() { _ = audit.Open }
