package main

import "shared/services/reports"

func main() { _ = reports.Open }
