// Package primitive is a stub of rocketmq-client-go's primitive package.
package primitive

type Message struct {
	Topic string
	Body  []byte
}

func NewMessage(topic string, body []byte) *Message { return &Message{Topic: topic, Body: body} }

func (m *Message) WithTag(tag string) *Message { return m }

type MessageExt struct{ Message }

type SendResult struct{}

func (m *Message) WithKeys(keys []string) *Message { return m }
