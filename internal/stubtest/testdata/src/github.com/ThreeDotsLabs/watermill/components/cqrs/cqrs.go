// Package cqrs is a minimal stub of github.com/ThreeDotsLabs/watermill/components/cqrs
// (checked against watermill v1.5.1, the generic API of v1.3 on).
package cqrs

import (
	"context"

	"github.com/ThreeDotsLabs/watermill/message"
)

// EventHandler receives events defined by NewEvent and handles them with its Handle method.
type EventHandler interface {
	HandlerName() string
	NewEvent() any
	Handle(ctx context.Context, event any) error
}

type genericEventHandler[T any] struct {
	handleFunc  func(ctx context.Context, event *T) error
	handlerName string
}

// NewEventHandler creates a new EventHandler implementation based on provided function
// and event type inferred from function argument.
func NewEventHandler[T any](
	handlerName string,
	handleFunc func(ctx context.Context, event *T) error,
) EventHandler {
	return &genericEventHandler[T]{handleFunc: handleFunc, handlerName: handlerName}
}

func (c genericEventHandler[T]) HandlerName() string { return c.handlerName }

func (c genericEventHandler[T]) NewEvent() any { return new(T) }

func (c genericEventHandler[T]) Handle(ctx context.Context, e any) error {
	return c.handleFunc(ctx, e.(*T))
}

// GroupEventHandler handles events of one type within an event group.
type GroupEventHandler interface {
	NewEvent() interface{}
	Handle(ctx context.Context, event interface{}) error
}

// NewGroupEventHandler creates a new GroupEventHandler implementation based on provided function
// and event type inferred from function argument.
func NewGroupEventHandler[T any](handleFunc func(ctx context.Context, event *T) error) GroupEventHandler {
	return &genericEventHandler[T]{handleFunc: handleFunc}
}

// CommandHandler receives a command defined by NewCommand and handles it with the Handle method.
type CommandHandler interface {
	HandlerName() string
	NewCommand() any
	Handle(ctx context.Context, cmd any) error
}

type genericCommandHandler[Command any] struct {
	handleFunc  func(ctx context.Context, cmd *Command) error
	handlerName string
}

// NewCommandHandler creates a new CommandHandler implementation based on provided function
// and command type inferred from function argument.
func NewCommandHandler[Command any](
	handlerName string,
	handleFunc func(ctx context.Context, cmd *Command) error,
) CommandHandler {
	return &genericCommandHandler[Command]{handleFunc: handleFunc, handlerName: handlerName}
}

func (c genericCommandHandler[Command]) HandlerName() string { return c.handlerName }

func (c genericCommandHandler[Command]) NewCommand() any { return new(Command) }

func (c genericCommandHandler[Command]) Handle(ctx context.Context, cmd any) error {
	return c.handleFunc(ctx, cmd.(*Command))
}

// GenerateEventPublishTopicParams are the parameters of GenerateEventPublishTopicFn.
type GenerateEventPublishTopicParams struct {
	EventName string
	Event     any
}

// GenerateEventPublishTopicFn makes the topic an event is published to.
type GenerateEventPublishTopicFn func(GenerateEventPublishTopicParams) (string, error)

// CommandEventMarshaler marshals commands and events to watermill messages and back.
type CommandEventMarshaler interface {
	Marshal(v interface{}) (*message.Message, error)
	Unmarshal(msg *message.Message, v interface{}) (err error)
	Name(v interface{}) string
	NameFromMessage(msg *message.Message) string
}

// EventBusConfig configures an EventBus.
type EventBusConfig struct {
	GeneratePublishTopic GenerateEventPublishTopicFn
	Marshaler            CommandEventMarshaler
}

// EventBus transports events to event handlers.
type EventBus struct {
	publisher message.Publisher
	config    EventBusConfig
}

// NewEventBusWithConfig creates a new EventBus.
func NewEventBusWithConfig(publisher message.Publisher, config EventBusConfig) (*EventBus, error) {
	return &EventBus{publisher, config}, nil
}

// Publish sends event to the event bus.
func (c EventBus) Publish(ctx context.Context, event any) error { return nil }

// CommandBusGeneratePublishTopicParams are the parameters of CommandBusGeneratePublishTopicFn.
type CommandBusGeneratePublishTopicParams struct {
	CommandName string
	Command     any
}

// CommandBusGeneratePublishTopicFn makes the topic a command is sent to.
type CommandBusGeneratePublishTopicFn func(CommandBusGeneratePublishTopicParams) (string, error)

// CommandBusConfig configures a CommandBus.
type CommandBusConfig struct {
	GeneratePublishTopic CommandBusGeneratePublishTopicFn
	Marshaler            CommandEventMarshaler
}

// CommandBus transports commands to command handlers.
type CommandBus struct {
	publisher message.Publisher
	config    CommandBusConfig
}

// NewCommandBusWithConfig creates a new CommandBus.
func NewCommandBusWithConfig(publisher message.Publisher, config CommandBusConfig) (*CommandBus, error) {
	return &CommandBus{publisher, config}, nil
}

// Send sends command to the command bus.
func (c CommandBus) Send(ctx context.Context, cmd any) error {
	return c.SendWithModifiedMessage(ctx, cmd, nil)
}

// SendWithModifiedMessage sends command to the command bus, letting modify change the message first.
func (c CommandBus) SendWithModifiedMessage(ctx context.Context, cmd any, modify func(*message.Message) error) error {
	return nil
}

// EventProcessor subscribes its handlers to the topics of their events.
type EventProcessor struct{ handlers []EventHandler }

// AddHandlers adds a new EventHandler to the EventProcessor.
func (p *EventProcessor) AddHandlers(handlers ...EventHandler) error {
	p.handlers = append(p.handlers, handlers...)
	return nil
}

// CommandProcessor subscribes its handlers to the topics of their commands.
type CommandProcessor struct{ handlers []CommandHandler }

// AddHandlers adds a new CommandHandler to the CommandProcessor.
func (p *CommandProcessor) AddHandlers(handlers ...CommandHandler) error {
	p.handlers = append(p.handlers, handlers...)
	return nil
}

// EventGroupProcessor subscribes groups of handlers to one topic each.
type EventGroupProcessor struct {
	groups map[string][]GroupEventHandler
}

// AddHandlersGroup adds a new list of GroupEventHandler to the EventGroupProcessor.
func (p *EventGroupProcessor) AddHandlersGroup(groupName string, handlers ...GroupEventHandler) error {
	if p.groups == nil {
		p.groups = make(map[string][]GroupEventHandler)
	}
	p.groups[groupName] = append(p.groups[groupName], handlers...)
	return nil
}
