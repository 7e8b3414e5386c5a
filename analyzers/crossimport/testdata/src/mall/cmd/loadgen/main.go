// Command loadgen is a load generator, a tool and no service.
package main

import "mall/baskets/internal/app"

func main() { _ = app.Run() }
