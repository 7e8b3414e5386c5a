// Package app calls the trainer service through an interface; which
// implementation runs is wired in main.
package app

import (
	"context"
	"time"
)

type TrainerService interface {
	ScheduleTraining(ctx context.Context, id string) error
}

// Repository runs fn in a transaction with the context it is given.
type Repository interface {
	Update(ctx context.Context, id string, fn func(ctx context.Context) error) error
}

type App struct {
	trainer TrainerService
	repo    Repository
}

func New(t TrainerService) *App { return &App{trainer: t} }

// Reschedule calls the trainer inside the repository's transaction: the
// closure gets the context passed alongside it.
func (a *App) Reschedule(ctx context.Context, id string) error {
	return a.repo.Update(ctx, id, func(ctx context.Context) error {
		return a.trainer.ScheduleTraining(ctx, id)
	})
}

// Schedule passes its context on: its callers decide.
func (a *App) Schedule(ctx context.Context, id string) error {
	return a.trainer.ScheduleTraining(ctx, id)
}

// Nightly has no deadline.
func (a *App) Nightly() error {
	return a.trainer.ScheduleTraining(context.Background(), "all") // want `\(app.TrainerService\).ScheduleTraining \(\(\*adapters.TrainerHTTP\).ScheduleTraining\) is given context.Background\(\), which has no deadline; it reaches \(\*http.Client\).Do at trainer.go:\d+, which uses a client without Timeout`
}

// Hourly sets one.
func (a *App) Hourly() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return a.trainer.ScheduleTraining(ctx, "some")
}
