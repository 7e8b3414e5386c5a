// Package msg_cqrs publishes and handles events and commands with
// watermill's CQRS component: each side is named by the Go type of the
// event or command ("msg_cqrs.OrderPlaced"), from which the processors
// make the topic at run time; a value whose type is not known is unknown.
package msg_cqrs

import (
	"context"

	"github.com/ThreeDotsLabs/watermill/components/cqrs"
)

type OrderPlaced struct{ ID string }

type ShipOrder struct{ ID string }

type OrderShipped struct{ ID string }

func onPlaced(ctx context.Context, e *OrderPlaced) error { return nil }

type Shipping struct{ bus *cqrs.EventBus }

func (s *Shipping) ship(ctx context.Context, c *ShipOrder) error {
	return s.bus.Publish(ctx, &OrderShipped{ID: c.ID}) //@message("publish watermill msg_cqrs.OrderShipped")
}

func Handlers(ep *cqrs.EventProcessor, cp *cqrs.CommandProcessor, gp *cqrs.EventGroupProcessor, s *Shipping) error {
	if err := ep.AddHandlers(
		cqrs.NewEventHandler("OnPlaced", onPlaced), //@message("consume watermill msg_cqrs.OrderPlaced handler=onPlaced")
		cqrs.NewEventHandler[OrderShipped]("OnShipped", func(ctx context.Context, e *OrderShipped) error { //@message("consume watermill msg_cqrs.OrderShipped handler=func@30")
			return nil
		}),
	); err != nil {
		return err
	}
	if err := cp.AddHandlers(cqrs.NewCommandHandler("Ship", s.ship)); err != nil { //@message("consume watermill msg_cqrs.ShipOrder handler=(*msg_cqrs.Shipping).ship")
		return err
	}
	return gp.AddHandlersGroup("orders", cqrs.NewGroupEventHandler(onPlaced)) //@message("consume watermill msg_cqrs.OrderPlaced handler=onPlaced")
}

func Place(ctx context.Context, events *cqrs.EventBus, commands *cqrs.CommandBus, id string) error {
	if err := events.Publish(ctx, OrderPlaced{ID: id}); err != nil { //@message("publish watermill msg_cqrs.OrderPlaced")
		return err
	}
	var cmd any = &ShipOrder{ID: id}
	return commands.Send(ctx, cmd) //@message("publish watermill msg_cqrs.ShipOrder")
}

// Forward publishes an event it is given: its type is not known here.
func Forward(ctx context.Context, events *cqrs.EventBus, e any) error {
	return events.Publish(ctx, e) //@message("publish watermill {?}")
}

// journal is not an event bus: its methods of the same names record
// nothing.
type journal struct{ entries []any }

func (j *journal) Publish(ctx context.Context, event any) error {
	j.entries = append(j.entries, event)
	return nil
}

func (j *journal) Send(ctx context.Context, cmd any) error { return j.Publish(ctx, cmd) }

func NewEventHandler[T any](name string, fn func(ctx context.Context, e *T) error) func(context.Context, *T) error {
	return fn
}

func lookalike(ctx context.Context) {
	var j journal
	_ = j.Publish(ctx, OrderPlaced{})
	_ = j.Send(ctx, ShipOrder{})
	_ = NewEventHandler("local", onPlaced)
}
