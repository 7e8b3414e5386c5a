// Package config reads service settings from the environment.
package config

import (
	"os"
	"strings"
)

// String returns the value of the environment variable key, or def when it is unset or empty.
func String(key, def string) string {
	if v := strings.TrimSpace(os.Getenv(key)); v != "" {
		return v
	}
	return def
}

// List returns the comma-separated values of the environment variable key, or those of def.
func List(key, def string) []string {
	var out []string
	for _, part := range strings.Split(String(key, def), ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
