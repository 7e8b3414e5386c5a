// want package:"impls msg_ifaces/config/env.paidProducer as msg_ifaces/config.PaidProducerConfig, msg_ifaces/config/env.assembledConsumer as msg_ifaces/config.AssembledConsumerConfig"

// Package config holds the configuration behind interfaces, each filled
// with one of package env's types. Both env types have a TopicName, so
// either would do for PaidProducerConfig; only the one put in it counts.
package config

import "msg_ifaces/config/env"

type PaidProducerConfig interface {
	TopicName() string
}

type AssembledConsumerConfig interface {
	TopicName() string
	GroupID() string
}

// RepliesConfig is filled by no code of the program.
type RepliesConfig interface {
	TopicName() string
}

type Config struct {
	PaidProducer      PaidProducerConfig
	AssembledConsumer AssembledConsumerConfig
	Replies           RepliesConfig
}

func Load() Config {
	return Config{
		PaidProducer:      env.NewPaidProducer(),
		AssembledConsumer: env.NewAssembledConsumer(),
	}
}
