package notifier

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Webhooks posts events to the URLs customers registered; the URL comes
// with each event, so where the call goes is known only at run time.
type Webhooks struct {
	http *http.Client
}

// NewWebhooks returns a webhook sender.
func NewWebhooks() *Webhooks {
	return &Webhooks{http: &http.Client{Timeout: 5 * time.Second}}
}

// Send posts payload as JSON to target.
func (h *Webhooks) Send(ctx context.Context, target string, payload any) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return nil
}
