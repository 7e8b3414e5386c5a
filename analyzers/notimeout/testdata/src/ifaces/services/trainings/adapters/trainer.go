// want package:"has sinks"

// Package adapters implements app.TrainerService over HTTP, with a client
// without Timeout: its context decides.
package adapters

import (
	"context"
	"net/http"
)

type TrainerHTTP struct {
	base string
	hc   *http.Client
}

func NewTrainerHTTP(base string) *TrainerHTTP {
	return &TrainerHTTP{base: base, hc: &http.Client{}}
}

func (t *TrainerHTTP) ScheduleTraining(ctx context.Context, id string) error { // want ScheduleTraining:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.base+"/trainings/"+id, nil)
	if err != nil {
		return err
	}
	_, err = t.hc.Do(req)
	return err
}

// Memory is made only in tests: no finding goes through it.
type Memory struct{}

func (Memory) ScheduleTraining(ctx context.Context, id string) error { // want ScheduleTraining:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://localhost/"+id, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Replay's constructor is exported, but only a test calls it: no finding
// goes through it either.
type Replay struct{ hc *http.Client }

func NewReplay() *Replay { return &Replay{hc: &http.Client{}} }

func (p *Replay) ScheduleTraining(ctx context.Context, id string) error { // want ScheduleTraining:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://replay/"+id, nil)
	if err != nil {
		return err
	}
	_, err = p.hc.Do(req)
	return err
}
