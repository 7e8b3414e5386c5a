// Package watermill is a minimal stub of github.com/ThreeDotsLabs/watermill (checked against v1.5.1).
package watermill

// LogFields is the logger's key-value list of fields.
type LogFields map[string]interface{}

// LoggerAdapter is an interface, that you need to implement to support Watermill logging.
type LoggerAdapter interface {
	Error(msg string, err error, fields LogFields)
	Info(msg string, fields LogFields)
	Debug(msg string, fields LogFields)
	Trace(msg string, fields LogFields)
	With(fields LogFields) LoggerAdapter
}

// NopLogger is a logger which discards all logs.
type NopLogger struct{}

func (NopLogger) Error(msg string, err error, fields LogFields) {}
func (NopLogger) Info(msg string, fields LogFields)             {}
func (NopLogger) Debug(msg string, fields LogFields)            {}
func (NopLogger) Trace(msg string, fields LogFields)            {}
func (l NopLogger) With(fields LogFields) LoggerAdapter         { return l }

// NewStdLogger creates StdLoggerAdapter which sends all logs to stderr.
func NewStdLogger(debug, trace bool) LoggerAdapter { return NopLogger{} }

// NewUUID returns a new UUID Version 4.
func NewUUID() string { return "00000000-0000-4000-8000-000000000000" }
