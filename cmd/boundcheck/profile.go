package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"strings"
	"time"

	"github.com/boundcheck/boundcheck/internal/driver"
)

// profiler writes the profiles the global flags ask for: a CPU profile
// and an execution trace over the whole command, a heap profile at its end
// (go tool pprof FILE; go tool trace FILE).
type profiler struct {
	cpu, mem, trace string
	files           []*os.File
}

func (p *profiler) start() error {
	if p.cpu != "" {
		f, err := os.Create(p.cpu)
		if err != nil {
			return &codeError{exitError, fmt.Errorf("--cpuprofile: %v", err)}
		}
		p.files = append(p.files, f)
		if err := pprof.StartCPUProfile(f); err != nil {
			return &codeError{exitError, fmt.Errorf("--cpuprofile: %v", err)}
		}
	}
	if p.trace != "" {
		f, err := os.Create(p.trace)
		if err != nil {
			return &codeError{exitError, fmt.Errorf("--trace: %v", err)}
		}
		p.files = append(p.files, f)
		if err := trace.Start(f); err != nil {
			return &codeError{exitError, fmt.Errorf("--trace: %v", err)}
		}
	}
	return nil
}

// stop ends the profiles that start began and writes the heap profile.
func (p *profiler) stop() error {
	if p.cpu != "" {
		pprof.StopCPUProfile()
	}
	if p.trace != "" {
		trace.Stop()
	}
	var errs []error
	for _, f := range p.files {
		errs = append(errs, f.Close())
	}
	p.files = nil
	if p.mem != "" {
		runtime.GC()
		f, err := os.Create(p.mem)
		if err == nil {
			err = errors.Join(pprof.WriteHeapProfile(f), f.Close())
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("--memprofile: %v", err))
		}
	}
	return errors.Join(errs...)
}

// timingLine says where a run's time went, for -v: "load 2.1s, analysis
// 3.4s (notimeout 1.2s, ...), stage idempotency 0.8s".
func timingLine(ts []driver.Timing) string {
	var parts, loadParts, analyzers, pkgs []string
	for _, t := range ts {
		d := t.D.Round(time.Millisecond).String()
		switch t.Kind {
		case driver.TimeLoad:
			parts = append(parts, "load "+d)
		case driver.TimeLoadPart:
			loadParts = append(loadParts, t.Name+" "+d)
		case driver.TimeAnalysis:
			parts = append(parts, "analysis "+d)
		case driver.TimeStage:
			parts = append(parts, "stage "+t.Name+" "+d)
		case driver.TimeCache:
			parts = append(parts, "from the result cache "+d)
		case driver.TimePackage:
			pkgs = append(pkgs, t.Name+" "+d)
		case driver.TimeAnalyzer:
			analyzers = append(analyzers, t.Name+" "+d)
		}
	}
	if len(loadParts) > 0 && len(parts) > 0 {
		parts[0] += " (" + strings.Join(loadParts, ", ") + "; summed over the modules loaded, which load in parallel)"
	}
	line := "boundcheck: time: " + strings.Join(parts, ", ")
	if len(analyzers) > 0 {
		line += "; passes by analyzer, summed (they overlap and wait on each other, so the sums exceed the analysis time): " + strings.Join(analyzers, ", ")
	}
	if len(pkgs) > 0 {
		line += "; slowest packages, every analyzer's passes summed: " + strings.Join(pkgs, ", ")
	}
	return line
}
