package adapters

import (
	"context"
	"testing"
)

func TestMemory(t *testing.T) {
	var m Memory
	m.ScheduleTraining(context.Background(), "x")
}

func TestReplay(t *testing.T) {
	NewReplay().ScheduleTraining(context.Background(), "x")
}
