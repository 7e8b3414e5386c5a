// Command migrate is ignored by the config: its imports are not checked.
package main

import "configured/modules/billing/ledger"

func main() { _ = ledger.Post("migrate") }
