// Package broker declares every queue and binding the services use; each
// service runs it at start.
package broker

import amqp "github.com/rabbitmq/amqp091-go"

// Connect opens a channel and declares the topology.
func Connect() *amqp.Channel {
	conn, _ := amqp.Dial("amqp://rabbitmq:5672/")
	ch, _ := conn.Channel()
	q, _ := ch.QueueDeclare("shipments", true, false, false, false, nil)
	ch.QueueBind(q.Name, "order.paid", "orders", false, nil)
	dead, _ := ch.QueueDeclare("main_queue", true, false, false, false, nil)
	ch.QueueBind(dead.Name, "", "dlx", false, nil)
	return ch
}
