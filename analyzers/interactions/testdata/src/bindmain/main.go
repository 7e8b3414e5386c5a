package bindmain

import (
	"os"

	"bindclient"
)

// Wire passes its own parameter on: its callers bind it in turn.
func Wire(addr string) *bindclient.Client { return bindclient.New(addr) } // want Wire:"params #0"

func main() {
	bindclient.New(os.Getenv("PAYMENTS_URL")).Pay()
	Wire("http://payments:8080")
	bindclient.NewLedger(bindclient.Config{LedgerURL: os.Getenv("LEDGER_URL")}).Book()
}
