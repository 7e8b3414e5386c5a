package orders

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

// Reconciler asks the service itself, through its load-balanced address,
// for each order this replica still sees as pending: another replica that
// took the payment's answer has the newer state.
type Reconciler struct {
	store *Store
	http  *http.Client
}

// NewReconciler returns a reconciler over store.
func NewReconciler(store *Store) *Reconciler {
	return &Reconciler{store: store, http: &http.Client{Timeout: 2 * time.Second}}
}

// Run reconciles once a minute until ctx ends.
func (r *Reconciler) Run(ctx context.Context) {
	ticker := time.NewTicker(time.Minute)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			for _, id := range r.store.pending() {
				if err := r.refresh(ctx, id); err != nil {
					log.Printf("reconcile %s: %v", id, err)
				}
			}
		}
	}
}

func (r *Reconciler) refresh(ctx context.Context, id string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://orders:8080/orders/"+id, nil)
	if err != nil {
		return err
	}
	resp, err := r.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil
	}
	var o Order
	if err := json.NewDecoder(resp.Body).Decode(&o); err != nil {
		return err
	}
	if o.Status != "pending" {
		r.store.put(o)
	}
	return nil
}
