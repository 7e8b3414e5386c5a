// Command pay is go-zero shaped: its config comes from etc/pay.yaml.
package main

import (
	"configvals/services/pay/cmd/rpc/internal/logic"
	"configvals/services/pay/cmd/rpc/internal/svc"
)

func main() {
	var c svc.Config
	_ = logic.Paid(svc.NewServiceContext(c))
}
