// Package log builds the structured logger every shop service uses.
package log

import (
	"log/slog"
	"os"
	"strings"
)

// New returns a JSON logger that tags every record with the service name.
// LOG_LEVEL (debug, info, warn, error) sets the minimum level; info is the default.
func New(service string) *slog.Logger {
	var level slog.Level
	switch strings.ToLower(os.Getenv("LOG_LEVEL")) {
	case "debug":
		level = slog.LevelDebug
	case "warn":
		level = slog.LevelWarn
	case "error":
		level = slog.LevelError
	default:
		level = slog.LevelInfo
	}
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: level})
	return slog.New(h).With("service", service)
}
