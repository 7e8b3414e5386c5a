// Package browsertest drives pages in a headless Chromium for tests, and
// fails them on whatever the page reports as wrong: console errors and
// warnings, uncaught exceptions, browser log warnings and errors, and any
// request for something other than a file: or data: URL. Only tests import
// it.
//
// Start finds Chromium in $BOUNDCHECK_CHROMIUM, /usr/bin/chromium or on the
// PATH. Without one the test is skipped, except when CI is "true": CI must
// not skip it silently.
package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// timeout bounds everything a test does in one browser, start included.
const timeout = 2 * time.Minute

// Width and Height are the size of the browser window, in CSS pixels.
const (
	Width  = 1280
	Height = 800
)

// A Browser is one tab of a headless Chromium, with what its pages have
// reported.
type Browser struct {
	ctx context.Context // the tab

	mu       sync.Mutex
	problems []string
}

// ExecPath is the Chromium that Start runs: $BOUNDCHECK_CHROMIUM when set,
// else /usr/bin/chromium, else the first of the usual names on the PATH; ""
// when there is none.
func ExecPath() string {
	if p := os.Getenv("BOUNDCHECK_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Start starts a headless Chromium with a new profile in a temporary
// folder, and stops it when t ends, after failing t for every problem the
// pages reported. Without Chromium it skips t, or fails it when CI is
// "true".
func Start(t testing.TB) *Browser {
	t.Helper()
	path := ExecPath()
	if path == "" {
		const msg = "no Chromium: install it (Debian: apt-get install chromium) or set BOUNDCHECK_CHROMIUM to its path"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + "; CI=true, so this browser test may not be skipped")
		}
		t.Skip(msg)
	}
	profile := t.TempDir() // removed after the browser has stopped: cleanups run last first
	// The deadline is on the allocator's context, so that it bounds the
	// start too, and stops the browser when it passes.
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	allocCtx, allocCancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		// Chromium puts its own scratch folders (org.chromium.Chromium.*) in
		// TMPDIR; this keeps them in the test's folder, removed after it.
		chromedp.Env("TMPDIR="+profile),
		chromedp.WindowSize(Width, Height),
	)
	tabCtx, tabCancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		tabCancel()
		allocCancel() // waits for the browser to exit
		cancel()
	})
	b := &Browser{ctx: tabCtx}
	// Listen starts the browser and opens the tab.
	if err := chromedp.Listen(tabCtx, b.event); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	t.Cleanup(func() { b.CheckConsole(t) })
	return b
}

// event records a page's problem; it runs on the tab's reading goroutine,
// so it only appends.
func (b *Browser) event(ev any) {
	var p string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		switch ev.Type {
		case runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeWarning, runtime.ConsoleAPICalledTypeAssert:
			p = fmt.Sprintf("console.%s: %s", ev.Type, argsText(ev.Args))
		}
	case *runtime.EventExceptionThrown:
		p = "uncaught exception: " + exceptionText(ev.ExceptionDetails)
	case *log.EventEntryAdded:
		if e := ev.Entry; e != nil && (e.Level == log.EntryLevelWarning || e.Level == log.EntryLevelError) {
			p = fmt.Sprintf("browser log %s (%s): %s %s", e.Level, e.Source, e.Text, e.URL)
		}
	case *network.EventRequestWillBeSent:
		if u := ev.Request.URL; !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") {
			p = "request for " + u
		}
	}
	if p != "" {
		b.mu.Lock()
		b.problems = append(b.problems, p)
		b.mu.Unlock()
	}
}

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a == nil:
		case a.Description != "":
			parts = append(parts, a.Description)
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	s := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		s += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d:%d)", s, d.URL, d.LineNumber+1, d.ColumnNumber+1)
}

// CheckConsole fails t for each problem reported so far, and forgets them.
func (b *Browser) CheckConsole(t testing.TB) {
	t.Helper()
	b.mu.Lock()
	problems := b.problems
	b.problems = nil
	b.mu.Unlock()
	for _, p := range problems {
		t.Errorf("the page reported: %s", p)
	}
}

// Do runs the actions in the tab, failing t on an error.
func (b *Browser) Do(t testing.TB, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// Eval evaluates the JavaScript expression expr in b's page, failing t on
// an error or an exception.
func Eval[T any](t testing.TB, b *Browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// Open loads the file at path, waits for it to load, and fails t on the
// problems reported while it did.
func (b *Browser) Open(t testing.TB, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	slashed := filepath.ToSlash(abs)
	if !strings.HasPrefix(slashed, "/") {
		slashed = "/" + slashed // C:/x on Windows
	}
	u := (&url.URL{Scheme: "file", Path: slashed}).String()
	b.Do(t, "loading "+u, chromedp.Navigate(u))
	b.CheckConsole(t)
}
