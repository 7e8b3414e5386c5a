// Package consumer is a stub of rocketmq-client-go's consumer package.
package consumer

type ConsumeResult int

const ConsumeSuccess ConsumeResult = 0

type ExpressionType string

type MessageSelector struct {
	Type       ExpressionType
	Expression string
}
