// Package logic pushes through the service context's pusher.
package logic

import "configvals/services/pay/cmd/rpc/internal/svc"

func Paid(s *svc.ServiceContext) error {
	return s.Pusher.Push("paid")
}
