package main

import (
	"context"

	"mongoops/services/reports"
)

func main() { _, _ = reports.Open(context.Background()) }
