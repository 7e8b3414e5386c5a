package adapters

import (
	"context"
	"testing"
)

func TestMemory(t *testing.T) {
	var m Memory
	m.ScheduleTraining(context.Background(), "x")
}
