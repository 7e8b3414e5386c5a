// Command payments is the other module of the workspace.
package main

import (
	"net/http"
	"time"

	"github.com/google/uuid"
)

func main() {
	c := &http.Client{Timeout: 2 * time.Second}
	c.Get("http://inventory:8080/stock?id=" + uuid.NewString())
}
