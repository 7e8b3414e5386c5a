// Command proxy is the only main of module multi/gateway, so the module is
// service gateway, named after the module's folder, and owns handler/ too.
package main

import (
	"multi/common/log"
	"multi/gateway/handler"
)

func main() { log.Print(handler.Handle()) }
