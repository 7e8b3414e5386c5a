// Command batch calls stock with a deadline.
package main

import (
	"context"
	"net/http"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://stock/items", nil)
	http.DefaultClient.Do(req)
}
