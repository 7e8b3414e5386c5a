// Command admin reads a balance from the service UPSTREAM_URL leads to.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	client := &http.Client{Timeout: 2 * time.Second}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, os.Getenv("UPSTREAM_URL")+"/balances/"+os.Getenv("ACCOUNT"), nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := client.Do(req); err != nil {
		log.Print(err)
	}
}
