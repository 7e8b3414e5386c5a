// Package ledger books money movements: every entry is scored by fraud
// before it is accepted, and billing is told of each one.
package ledger

import (
	"context"
	"log"
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	fraudv1 "example.com/system/api/fraud/v1"
)

// Entry is one booked money movement.
type Entry struct {
	ID          string    `json:"id"`
	AccountID   string    `json:"account_id"`
	Reference   string    `json:"reference"`
	AmountCents int64     `json:"amount_cents"`
	Currency    string    `json:"currency"`
	RiskScore   float64   `json:"risk_score"`
	BookedAt    time.Time `json:"booked_at"`
}

// CommandHandler handles one kind of command; decorators wrap it.
type CommandHandler[C any] interface {
	Handle(ctx context.Context, cmd C) error
}

// logged wraps a command handler with a log line per failure.
type logged[C any] struct {
	base CommandHandler[C]
}

func (l logged[C]) Handle(ctx context.Context, cmd C) error {
	err := l.base.Handle(ctx, cmd)
	if err != nil {
		log.Printf("command %T: %v", cmd, err)
	}
	return err
}

// score asks fraud for an entry's risk score.
type score struct {
	fraud fraudv1.FraudClient
}

// errRefused is returned for an entry fraud blocks.
var errRefused = echo.NewHTTPError(http.StatusUnprocessableEntity, "entry refused")

func (s score) Handle(ctx context.Context, in *Entry) error {
	res, err := s.fraud.Score(ctx, &fraudv1.ScoreRequest{
		EntryId:     in.ID,
		AccountId:   in.AccountID,
		AmountCents: in.AmountCents,
		Currency:    in.Currency,
	})
	if err != nil {
		return echo.NewHTTPError(http.StatusServiceUnavailable, "fraud check unavailable")
	}
	if res.GetBlock() {
		return errRefused
	}
	in.RiskScore = res.GetScore()
	return nil
}

// Handler serves the ledger's HTTP API.
type Handler struct {
	score    CommandHandler[*Entry]
	invoices *Invoices

	mu      sync.Mutex
	entries map[string]Entry
}

// NewHandler returns the API.
func NewHandler(fraud fraudv1.FraudClient, invoices *Invoices) *Handler {
	return &Handler{score: logged[*Entry]{base: score{fraud: fraud}}, invoices: invoices, entries: make(map[string]Entry)}
}

// Register adds the routes to e.
func (h *Handler) Register(e *echo.Echo) {
	e.POST("/entries", h.createEntry)
}

func (h *Handler) createEntry(c echo.Context) error {
	var in Entry
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if in.ID == "" || in.AmountCents <= 0 {
		return echo.NewHTTPError(http.StatusBadRequest, "id and a positive amount are required")
	}

	ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Second)
	defer cancel()
	if err := h.score.Handle(ctx, &in); err != nil {
		return err
	}
	in.BookedAt = time.Now().UTC()
	h.mu.Lock()
	h.entries[in.ID] = in
	h.mu.Unlock()

	if err := h.invoices.Created(ctx, in); err != nil {
		log.Printf("invoice for %s: %v", in.ID, err)
	}
	return c.JSON(http.StatusCreated, in)
}
