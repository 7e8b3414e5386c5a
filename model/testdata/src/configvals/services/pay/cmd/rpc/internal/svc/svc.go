// Package svc is go-zero's service context: a pusher made from the
// config's KqPusherConf, in an exported field the logic reads.
package svc

import "github.com/zeromicro/go-queue/kq"

type KqConf struct {
	Brokers []string
	Topic   string
}

type Config struct {
	KqPusherConf KqConf
}

type ServiceContext struct {
	Config Config
	Pusher *kq.Pusher
}

func NewServiceContext(c Config) *ServiceContext {
	return &ServiceContext{Config: c, Pusher: kq.NewPusher(c.KqPusherConf.Brokers, c.KqPusherConf.Topic)}
}
