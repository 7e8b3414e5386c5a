package main

import (
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/internal/driver"
)

// progressOf returns the progress display of cmd's run (see progressFor).
func progressOf(cmd *cobra.Command) driver.Progress {
	forced, _ := cmd.Flags().GetBool("progress")
	return progressFor(cmd.ErrOrStderr(), forced)
}

// progressFor returns the progress display of a run on stderr: shown when
// stderr is a terminal outside CI, or when forced (--progress); nil, so
// silent, otherwise. It draws with schollz/progressbar and clears itself
// when the run is over, so the findings print on a clean line.
func progressFor(stderr io.Writer, forced bool) driver.Progress {
	if !forced && (!isTerminal(stderr) || os.Getenv("CI") != "") {
		return nil
	}
	return &barProgress{w: stderr}
}

// barProgress shows each phase of a run as a bar (or a spinner when its
// size is unknown).
type barProgress struct {
	w   io.Writer
	mu  sync.Mutex
	bar *progressbar.ProgressBar
}

func (p *barProgress) Phase(name string, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finish()
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("boundcheck: " + name),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	}
	if total >= 0 {
		opts = append(opts, progressbar.OptionShowCount())
	} else {
		opts = append(opts, progressbar.OptionSpinnerType(14))
	}
	p.bar = progressbar.NewOptions64(int64(total), opts...)
}

func (p *barProgress) Done(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Add(n)
	}
}

func (p *barProgress) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finish()
}

func (p *barProgress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar = nil
	}
}
