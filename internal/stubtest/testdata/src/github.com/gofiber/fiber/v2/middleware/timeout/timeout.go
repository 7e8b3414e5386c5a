// Package timeout is a minimal stub of github.com/gofiber/fiber/v2/middleware/timeout (checked against v2.52.5).
package timeout

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// NewWithContext implementation of timeout middleware. Set custom errors(context.DeadlineExceeded vs) for get fiber.ErrRequestTimeout response.
func NewWithContext(h fiber.Handler, t time.Duration, tErrs ...error) fiber.Handler { return h }
