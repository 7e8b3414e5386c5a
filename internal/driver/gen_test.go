package driver_test

// The generator of the benchmark monorepo: one module, example.com/mono, with
// n services, each a main package under cmd/ and nine packages under
// services/, plus three shared packages under pkg/. The code uses the
// standard library only, compiles and passes go vet, and is the size of
// real service code: request and response types, a SQL store, domain rules,
// HTTP handlers, HTTP clients of other services, events, config, metrics and a
// background worker.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

// genVersion changes whenever the generator's output changes in a way the
// template hash does not see.
const genVersion = 1

const monoModule = "example.com/mono"

// servicePackages are the packages of a service below services/NAME.
var servicePackages = []string{"api", "domain", "store", "handler", "client", "events", "config", "metrics", "worker"}

var entities = []string{"Order", "Invoice", "Shipment", "Account", "Payment", "Ticket", "Booking", "Refund", "Coupon", "Review",
	"Listing", "Subscription", "Customer", "Product", "Quote", "Transfer", "Parcel", "Lead", "Contract", "Voucher"}

type peerData struct {
	Svc   string // svc012
	Alias string // svc012api
	Path  string // example.com/mono/services/svc012/api
	Type  string // Svc012
	Field string // svc012
	E, LE string // the peer's entity
}

type svcData struct {
	Mod       string
	Svc       string
	Upper     string
	Idx       int
	E, LE     string
	Table     string
	Port      int
	Peers     []peerData
	Violation *peerData // another service's domain package, imported by handler
}

// monoLayout describes the generated tree.
type monoLayout struct {
	Services   int
	Violations []string // "svcA -> svcB/domain"
}

func svcName(i int) string { return fmt.Sprintf("svc%03d", i) }

func entityOf(i int) string { return entities[i%len(entities)] }

// isViolator says which services import another service's domain: one in 20.
func isViolator(i int) bool { return i%20 == 7 }

func serviceData(i, n int) svcData {
	name := svcName(i)
	e := entityOf(i)
	d := svcData{
		Mod:   monoModule,
		Svc:   name,
		Upper: strings.ToUpper(name),
		Idx:   i,
		E:     e,
		LE:    strings.ToLower(e),
		Table: name + "_" + strings.ToLower(e) + "s",
		Port:  8000 + i,
	}
	// 1 to 3 peers whose api packages the client package imports.
	k := 1 + (i*7)%3
	seen := map[int]bool{i: true}
	for _, off := range []int{1, 17, 53, 5, 11} {
		if len(d.Peers) == k {
			break
		}
		j := (i + off) % n
		if seen[j] {
			continue
		}
		seen[j] = true
		d.Peers = append(d.Peers, peer(j, "api"))
	}
	if isViolator(i) {
		v := peer((i+3)%n, "domain")
		d.Violation = &v
	}
	return d
}

func peer(j int, pkg string) peerData {
	name := svcName(j)
	e := entityOf(j)
	return peerData{
		Svc:   name,
		Alias: name + pkg,
		Path:  monoModule + "/services/" + name + "/" + pkg,
		Type:  strings.ToUpper(name[:1]) + name[1:],
		Field: name,
		E:     e,
		LE:    strings.ToLower(e),
	}
}

// monoFiles returns every file of the generated repository: path → content.
func monoFiles(n int) (map[string][]byte, *monoLayout, error) {
	if n < 2 {
		return nil, nil, fmt.Errorf("the monorepo needs at least 2 services, got %d", n)
	}
	files := map[string][]byte{
		"go.mod": []byte("module " + monoModule + "\n\ngo 1.24\n"),
	}
	lay := &monoLayout{Services: n}
	for name, src := range sharedTemplates {
		b, err := render("pkg/"+name, src, struct{ Mod string }{monoModule})
		if err != nil {
			return nil, nil, err
		}
		files["pkg/"+name+"/"+name+".go"] = b
	}
	for i := 0; i < n; i++ {
		d := serviceData(i, n)
		if d.Violation != nil {
			lay.Violations = append(lay.Violations, d.Svc+" -> "+d.Violation.Svc+"/domain")
		}
		b, err := render(d.Svc+"/main", mainTemplate, d)
		if err != nil {
			return nil, nil, err
		}
		files["cmd/"+d.Svc+"/main.go"] = b
		for _, pkg := range servicePackages {
			b, err := render(d.Svc+"/"+pkg, serviceTemplates[pkg], d)
			if err != nil {
				return nil, nil, err
			}
			files["services/"+d.Svc+"/"+pkg+"/"+pkg+".go"] = b
		}
		b, err = render(d.Svc+"/domain_test", domainTestTemplate, d)
		if err != nil {
			return nil, nil, err
		}
		files["services/"+d.Svc+"/domain/domain_test.go"] = b
	}
	return files, lay, nil
}

var parsed = make(map[string]*template.Template)

// render executes a template whose text spells backquotes as ´ and formats
// the result with gofmt.
func render(name, src string, data any) ([]byte, error) {
	t := parsed[src]
	if t == nil {
		var err error
		t, err = template.New(name).Parse(strings.ReplaceAll(src, "´", "`"))
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		parsed[src] = t
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	out, err := format.Source(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("generated %s does not parse: %w\n%s", name, err, buf.Bytes())
	}
	return out, nil
}

// templateHash identifies the generator's output for a cache key.
func templateHash() string {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%s\x00%s\x00%s\x00", genVersion, mainTemplate, domainTestTemplate, strings.Join(entities, ","))
	for _, p := range servicePackages {
		fmt.Fprintf(h, "%s\x00%s\x00", p, serviceTemplates[p])
	}
	for _, p := range []string{"log", "httpx", "db"} {
		fmt.Fprintf(h, "%s\x00%s\x00", p, sharedTemplates[p])
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// generateMono returns a directory holding the monorepo with n services. It
// is cached under os.TempDir(), keyed by n and the generator's hash, so that
// repeated benchmark runs reuse it (and the go build cache stays warm for it);
// the directory is written beside its final name and renamed into place, so a
// cached copy is always complete.
func generateMono(n int) (string, *monoLayout, error) {
	files, lay, err := monoFiles(n)
	if err != nil {
		return "", nil, err
	}
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("boundcheck-bench-mono-%d-%s", n, templateHash()))
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, lay, nil
	}
	tmp, err := os.MkdirTemp(os.TempDir(), "boundcheck-bench-gen-")
	if err != nil {
		return "", nil, err
	}
	for rel, data := range files {
		p := filepath.Join(tmp, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			os.RemoveAll(tmp)
			return "", nil, err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			os.RemoveAll(tmp)
			return "", nil, err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, serr := os.Stat(filepath.Join(dir, "go.mod")); serr == nil {
			return dir, lay, nil // another process won the race
		}
		return "", nil, err
	}
	return dir, lay, nil
}

// ---------------------------------------------------------------------------
// Templates. Backquotes are spelled ´ so that the templates can be raw strings.

var sharedTemplates = map[string]string{
	"log": `// Package log is the structured logger every service uses.
package log

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"
)

// Logger is a slog.Logger that knows its service.
type Logger struct {
	*slog.Logger
	service string
}

// New returns a JSON logger on stderr.
func New(service, level string) *Logger { return NewTo(os.Stderr, service, level) }

// NewTo returns a JSON logger writing to w.
func NewTo(w io.Writer, service, level string) *Logger {
	h := slog.NewJSONHandler(w, &slog.HandlerOptions{
		Level: ParseLevel(level),
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				a.Value = slog.StringValue(a.Value.Time().UTC().Format(time.RFC3339Nano))
			}
			return a
		},
	})
	return &Logger{Logger: slog.New(h).With("service", service), service: service}
}

// ParseLevel maps a level name to a slog.Level, info when unknown.
func ParseLevel(s string) slog.Level {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return slog.LevelDebug
	case "warn", "warning":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

// Service returns the service name the logger carries.
func (l *Logger) Service() string { return l.service }

// With returns a logger with more attributes.
func (l *Logger) With(args ...any) *Logger {
	return &Logger{Logger: l.Logger.With(args...), service: l.service}
}

// Timed logs msg with the time elapsed since start.
func (l *Logger) Timed(ctx context.Context, msg string, start time.Time, args ...any) {
	args = append(args, "elapsed", time.Since(start).String())
	l.Logger.InfoContext(ctx, msg, args...)
}

// Sampler lets one message in every n through per key.
type Sampler struct {
	mu     sync.Mutex
	n      int
	counts map[string]int
}

// NewSampler returns a sampler letting one in n through.
func NewSampler(n int) *Sampler {
	if n < 1 {
		n = 1
	}
	return &Sampler{n: n, counts: make(map[string]int)}
}

// Allow reports whether a message with key should be logged.
func (s *Sampler) Allow(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.counts[key]
	s.counts[key] = c + 1
	return c%s.n == 0
}

type ctxKey struct{}

// WithContext stores l in ctx.
func WithContext(ctx context.Context, l *Logger) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// FromContext returns the logger in ctx, or a default one.
func FromContext(ctx context.Context) *Logger {
	if l, ok := ctx.Value(ctxKey{}).(*Logger); ok {
		return l
	}
	return New("unknown", "info")
}
`,
	"httpx": `// Package httpx holds the HTTP plumbing every service shares.
package httpx

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"{{.Mod}}/pkg/log"
)

// JSON writes v as the JSON body of a response with status.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(w, "{\"code\":\"encoding\",\"message\":%q}", err.Error())
	}
}

// Recover turns a panic in next into a 500 response.
func Recover(logger *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				logger.Error("panic serving request", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				JSON(w, http.StatusInternalServerError, map[string]string{"code": "internal", "message": "internal error"})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

// Logging logs one line per request.
func Logging(logger *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"bytes", rec.bytes, "remote", ClientIP(r), "elapsed", time.Since(start).String())
	})
}

// ClientIP returns the caller's address, trusting X-Forwarded-For.
func ClientIP(r *http.Request) string {
	if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
		first, _, _ := strings.Cut(xff, ",")
		return strings.TrimSpace(first)
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// NewServer returns a server with every timeout set.
func NewServer(addr string, h http.Handler, read, write time.Duration) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadTimeout:       read,
		ReadHeaderTimeout: read / 2,
		WriteTimeout:      write,
		IdleTimeout:       2 * write,
		MaxHeaderBytes:    1 << 20,
	}
}
`,
	"db": `// Package db opens and wraps the SQL database of a service.
package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Options configure a connection pool.
type Options struct {
	URL         string
	MaxOpen     int
	MaxIdle     int
	MaxLifetime time.Duration
}

// Open opens a pool; the driver is registered by the binary.
func Open(o Options) (*sql.DB, error) {
	u, err := url.Parse(o.URL)
	if err != nil {
		return nil, fmt.Errorf("database url: %w", err)
	}
	if u.Scheme == "" {
		return nil, errors.New("database url has no scheme")
	}
	conn, err := sql.Open(u.Scheme, o.URL)
	if err != nil {
		return nil, err
	}
	conn.SetMaxOpenConns(o.MaxOpen)
	conn.SetMaxIdleConns(o.MaxIdle)
	conn.SetConnMaxLifetime(o.MaxLifetime)
	return conn, nil
}

// Ping checks the connection within timeout.
func Ping(ctx context.Context, conn *sql.DB, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := conn.PingContext(ctx); err != nil {
		return fmt.Errorf("database unreachable: %w", err)
	}
	return nil
}

// WithTx runs fn in a transaction, committing when it returns nil.
func WithTx(ctx context.Context, conn *sql.DB, fn func(tx *sql.Tx) error) (err error) {
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
		if err != nil {
			if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, sql.ErrTxDone) {
				err = errors.Join(err, rerr)
			}
			return
		}
		err = tx.Commit()
	}()
	return fn(tx)
}

// Stats summarises the pool.
func Stats(conn *sql.DB) string {
	s := conn.Stats()
	return fmt.Sprintf("open=%d in_use=%d idle=%d wait=%d wait_duration=%s", s.OpenConnections, s.InUse, s.Idle, s.WaitCount, s.WaitDuration)
}
`,
}

const mainTemplate = `// Command {{.Svc}} serves the {{.LE}} API.
package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"{{.Mod}}/pkg/db"
	"{{.Mod}}/pkg/httpx"
	"{{.Mod}}/pkg/log"
	"{{.Mod}}/services/{{.Svc}}/client"
	"{{.Mod}}/services/{{.Svc}}/config"
	"{{.Mod}}/services/{{.Svc}}/domain"
	"{{.Mod}}/services/{{.Svc}}/events"
	"{{.Mod}}/services/{{.Svc}}/handler"
	"{{.Mod}}/services/{{.Svc}}/metrics"
	"{{.Mod}}/services/{{.Svc}}/store"
	"{{.Mod}}/services/{{.Svc}}/worker"
)

func main() {
	if err := run(); err != nil {
		log.New("{{.Svc}}", "error").Error("exiting", "err", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.Load("{{.Upper}}_")
	if err != nil {
		return err
	}
	logger := log.New("{{.Svc}}", cfg.LogLevel)
	conn, err := db.Open(db.Options{URL: cfg.DatabaseURL, MaxOpen: cfg.MaxOpenConns, MaxIdle: cfg.MaxIdleConns, MaxLifetime: cfg.ConnMaxLifetime})
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := db.Ping(ctx, conn, 5*time.Second); err != nil {
		return err
	}
	st := store.New(conn, cfg.QueryTimeout)
	svc := domain.NewService(st, time.Now)
	bus := events.NewBus()
	reg := metrics.NewRegistry()
	opts := worker.Options{Interval: cfg.WorkerInterval, Batch: cfg.WorkerBatch}
{{- range .Peers}}
	if opts.{{.Type}}, err = client.{{.Type}}For(cfg.Peer("{{.Svc}}", "http://{{.Svc}}:8080"), cfg.ClientTimeout); err != nil {
		return err
	}
{{- end}}
	w := worker.New(st, svc, bus, logger, opts)
	mux := http.NewServeMux()
	handler.New(svc, bus, logger, reg, cfg.WriteTimeout).Register(mux)
	srv := httpx.NewServer(cfg.Addr, httpx.Logging(logger, mux), cfg.ReadTimeout, cfg.WriteTimeout)
	errc := make(chan error, 2)
	go func() { errc <- w.Run(ctx) }()
	go func() { errc <- srv.ListenAndServe() }()
	logger.Info("listening", "addr", cfg.Addr, "db", db.Stats(conn))
	select {
	case <-ctx.Done():
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	return srv.Shutdown(sctx)
}
`

var serviceTemplates = map[string]string{
	"api": `// Package api is the public contract of service {{.Svc}}: the requests and
// responses other services send and receive.
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Service is the name other services reach {{.Svc}} by.
const Service = "{{.Svc}}"

// Routes of the {{.Svc}} HTTP API.
const (
	RouteList   = "/v1/{{.LE}}s"
	RouteGet    = "/v1/{{.LE}}s/{id}"
	RouteCreate = "/v1/{{.LE}}s"
	RouteUpdate = "/v1/{{.LE}}s/{id}"
	RouteDelete = "/v1/{{.LE}}s/{id}"
)

// Status is the lifecycle state of a {{.E}}.
type Status string

// The statuses of a {{.LE}}.
const (
	StatusPending   Status = "pending"
	StatusActive    Status = "active"
	StatusSuspended Status = "suspended"
	StatusClosed    Status = "closed"
)

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	switch s {
	case StatusPending, StatusActive, StatusSuspended, StatusClosed:
		return true
	}
	return false
}

// {{.E}} is the wire form of a {{.LE}}.
type {{.E}} struct {
	ID        string            ´json:"id"´
	Owner     string            ´json:"owner"´
	Title     string            ´json:"title"´
	Status    Status            ´json:"status"´
	Amount    int64             ´json:"amount"´
	Currency  string            ´json:"currency"´
	Tags      []string          ´json:"tags,omitempty"´
	Labels    map[string]string ´json:"labels,omitempty"´
	Lines     []Line            ´json:"lines,omitempty"´
	CreatedAt time.Time         ´json:"created_at"´
	UpdatedAt time.Time         ´json:"updated_at"´
	Version   int               ´json:"version"´
}

// Line is one line of a {{.LE}}.
type Line struct {
	SKU      string ´json:"sku"´
	Quantity int    ´json:"quantity"´
	Price    int64  ´json:"price"´
}

// Total is the sum of the lines.
func (x *{{.E}}) Total() int64 {
	var t int64
	for _, l := range x.Lines {
		t += int64(l.Quantity) * l.Price
	}
	return t
}

// Create{{.E}}Request creates a {{.LE}}.
type Create{{.E}}Request struct {
	RequestID string            ´json:"request_id"´
	Owner     string            ´json:"owner"´
	Title     string            ´json:"title"´
	Currency  string            ´json:"currency"´
	Lines     []Line            ´json:"lines"´
	Tags      []string          ´json:"tags,omitempty"´
	Labels    map[string]string ´json:"labels,omitempty"´
}

// Validate checks the request.
func (r *Create{{.E}}Request) Validate() error {
	var errs []error
	if strings.TrimSpace(r.Owner) == "" {
		errs = append(errs, errors.New("owner is required"))
	}
	if strings.TrimSpace(r.Title) == "" {
		errs = append(errs, errors.New("title is required"))
	}
	if len(r.Currency) != 3 {
		errs = append(errs, fmt.Errorf("currency %q is not an ISO 4217 code", r.Currency))
	}
	if len(r.Lines) == 0 {
		errs = append(errs, errors.New("at least one line is required"))
	}
	for i, l := range r.Lines {
		if l.Quantity <= 0 {
			errs = append(errs, fmt.Errorf("line %d: quantity must be positive", i))
		}
		if l.Price < 0 {
			errs = append(errs, fmt.Errorf("line %d: price must not be negative", i))
		}
		if strings.TrimSpace(l.SKU) == "" {
			errs = append(errs, fmt.Errorf("line %d: sku is required", i))
		}
	}
	return errors.Join(errs...)
}

// Update{{.E}}Request changes a {{.LE}}.
type Update{{.E}}Request struct {
	Title   *string ´json:"title,omitempty"´
	Status  *Status ´json:"status,omitempty"´
	Version int     ´json:"version"´
}

// Validate checks the request.
func (r *Update{{.E}}Request) Validate() error {
	if r.Status != nil && !r.Status.Valid() {
		return fmt.Errorf("unknown status %q", *r.Status)
	}
	if r.Title != nil && strings.TrimSpace(*r.Title) == "" {
		return errors.New("title must not be blank")
	}
	if r.Version < 0 {
		return errors.New("version must not be negative")
	}
	return nil
}

// ListResponse is one page of {{.LE}}s.
type ListResponse struct {
	Items    []{{.E}} ´json:"items"´
	NextPage string   ´json:"next_page,omitempty"´
	Total    int      ´json:"total"´
}

// Error is the body of every error response.
type Error struct {
	Code    string ´json:"code"´
	Message string ´json:"message"´
	Status  int    ´json:"-"´
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s (%d)", e.Code, e.Message, e.Status) }

// Temporary reports whether retrying the request may succeed.
func (e *Error) Temporary() bool {
	return e.Status == http.StatusServiceUnavailable || e.Status == http.StatusGatewayTimeout || e.Status == http.StatusTooManyRequests
}

// Decode reads a JSON body into v, refusing unknown fields and trailing data.
func Decode(r io.Reader, v any) error {
	dec := json.NewDecoder(io.LimitReader(r, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("decoding %T: %w", v, err)
	}
	if dec.More() {
		return errors.New("unexpected data after the JSON body")
	}
	return nil
}

// DecodeError turns a non-2xx response into an *Error.
func DecodeError(resp *http.Response) error {
	e := &Error{Status: resp.StatusCode}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err := json.Unmarshal(body, e); err != nil || e.Code == "" {
		e.Code = http.StatusText(resp.StatusCode)
		e.Message = strings.TrimSpace(string(body))
	}
	return e
}

// PathFor returns the path of one {{.LE}}.
func PathFor(id string) string {
	return strings.Replace(RouteGet, "{id}", id, 1)
}
`,

	"store": `// Package store keeps {{.Svc}}'s {{.LE}}s in its own SQL database.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"{{.Mod}}/pkg/db"
)

// ErrNotFound is returned when no row matches.
var ErrNotFound = errors.New("{{.LE}} not found")

// ErrConflict is returned when an update loses an optimistic-locking race.
var ErrConflict = errors.New("{{.LE}} was changed concurrently")

// Table is the table the store owns.
const Table = "{{.Table}}"

// Record is one row of {{.Table}}.
type Record struct {
	ID        string
	Owner     string
	Title     string
	Status    string
	Amount    int64
	Currency  string
	Tags      []string
	Labels    map[string]string
	Lines     []byte
	CreatedAt time.Time
	UpdatedAt time.Time
	Version   int
}

// Filter narrows a listing.
type Filter struct {
	Owner  string
	Status string
	After  string
	Limit  int
}

// Store reads and writes {{.Table}}.
type Store struct {
	db      *sql.DB
	timeout time.Duration
}

// New returns a store over conn.
func New(conn *sql.DB, timeout time.Duration) *Store {
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	return &Store{db: conn, timeout: timeout}
}

const selectColumns = ´id, owner, title, status, amount, currency, tags, labels, lines, created_at, updated_at, version´

func scan(row interface{ Scan(...any) error }) (*Record, error) {
	var r Record
	var tags, labels string
	if err := row.Scan(&r.ID, &r.Owner, &r.Title, &r.Status, &r.Amount, &r.Currency, &tags, &labels, &r.Lines, &r.CreatedAt, &r.UpdatedAt, &r.Version); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	if tags != "" {
		r.Tags = strings.Split(tags, ",")
	}
	if labels != "" && labels != "null" {
		if err := json.Unmarshal([]byte(labels), &r.Labels); err != nil {
			return nil, fmt.Errorf("labels of %s: %w", r.ID, err)
		}
	}
	return &r, nil
}

// Get returns one record.
func (s *Store) Get(ctx context.Context, id string) (*Record, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	row := s.db.QueryRowContext(ctx, "SELECT "+selectColumns+" FROM {{.Table}} WHERE id = $1", id)
	r, err := scan(row)
	if err != nil {
		return nil, fmt.Errorf("get {{.LE}} %s: %w", id, err)
	}
	return r, nil
}

// List returns the records that match f, in id order.
func (s *Store) List(ctx context.Context, f Filter) ([]*Record, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	var where []string
	var args []any
	if f.Owner != "" {
		args = append(args, f.Owner)
		where = append(where, fmt.Sprintf("owner = $%d", len(args)))
	}
	if f.Status != "" {
		args = append(args, f.Status)
		where = append(where, fmt.Sprintf("status = $%d", len(args)))
	}
	if f.After != "" {
		args = append(args, f.After)
		where = append(where, fmt.Sprintf("id > $%d", len(args)))
	}
	q := "SELECT " + selectColumns + " FROM {{.Table}}"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	limit := f.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	q += fmt.Sprintf(" ORDER BY id LIMIT %d", limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list {{.LE}}s: %w", err)
	}
	defer rows.Close()
	var out []*Record
	for rows.Next() {
		r, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("list {{.LE}}s: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Insert adds r; it is a no-op when a row with the same id exists.
func (s *Store) Insert(ctx context.Context, r *Record) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	labels, err := json.Marshal(r.Labels)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, ´INSERT INTO {{.Table}} (id, owner, title, status, amount, currency, tags, labels, lines, created_at, updated_at, version)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1)
		ON CONFLICT (id) DO NOTHING´,
		r.ID, r.Owner, r.Title, r.Status, r.Amount, r.Currency, strings.Join(r.Tags, ","), string(labels), r.Lines, r.CreatedAt, r.UpdatedAt)
	if err != nil {
		return fmt.Errorf("insert {{.LE}} %s: %w", r.ID, err)
	}
	return nil
}

// Update writes r if its version is still current, and records the change.
func (s *Store) Update(ctx context.Context, r *Record) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	return db.WithTx(ctx, s.db, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, ´UPDATE {{.Table}}
			SET title = $1, status = $2, amount = $3, updated_at = $4, version = version + 1
			WHERE id = $5 AND version = $6´, r.Title, r.Status, r.Amount, r.UpdatedAt, r.ID, r.Version)
		if err != nil {
			return fmt.Errorf("update {{.LE}} %s: %w", r.ID, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrConflict
		}
		_, err = tx.ExecContext(ctx, ´INSERT INTO {{.Table}}_history (id, version, status, changed_at) VALUES ($1, $2, $3, $4)´,
			r.ID, r.Version+1, r.Status, r.UpdatedAt)
		return err
	})
}

// Delete removes one record.
func (s *Store) Delete(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	res, err := s.db.ExecContext(ctx, "DELETE FROM {{.Table}} WHERE id = $1", id)
	if err != nil {
		return fmt.Errorf("delete {{.LE}} %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// CountByStatus returns how many records are in each status.
func (s *Store) CountByStatus(ctx context.Context) (map[string]int, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, "SELECT status, count(*) FROM {{.Table}} GROUP BY status")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]int)
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[st] = n
	}
	return out, rows.Err()
}

// Stale returns the ids of pending records older than age.
func (s *Store) Stale(ctx context.Context, age time.Duration, limit int) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, ´SELECT id FROM {{.Table}}
		WHERE status = 'pending' AND created_at < $1
		ORDER BY created_at LIMIT $2´, time.Now().Add(-age), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// MarkProcessed records that a message was handled, reporting false when it
// was seen before.
func (s *Store) MarkProcessed(ctx context.Context, messageID string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	res, err := s.db.ExecContext(ctx, "INSERT INTO {{.Table}}_inbox (message_id, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", messageID, time.Now())
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Ping checks the connection.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	return s.db.PingContext(ctx)
}
`,

	"domain": `// Package domain holds {{.Svc}}'s business rules for {{.LE}}s.
package domain

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"{{.Mod}}/services/{{.Svc}}/api"
	"{{.Mod}}/services/{{.Svc}}/store"
)

// MaxLines bounds the lines of one {{.LE}}.
const MaxLines = 200

// Errors the service returns.
var (
	ErrInvalid    = errors.New("invalid {{.LE}}")
	ErrNotFound   = errors.New("{{.LE}} not found")
	ErrConflict   = errors.New("{{.LE}} changed concurrently")
	ErrTransition = errors.New("status change not allowed")
)

// Repository is what the service needs from storage; *store.Store is one.
type Repository interface {
	Get(ctx context.Context, id string) (*store.Record, error)
	List(ctx context.Context, f store.Filter) ([]*store.Record, error)
	Insert(ctx context.Context, r *store.Record) error
	Update(ctx context.Context, r *store.Record) error
	Delete(ctx context.Context, id string) error
}

// Clock tells the time; tests replace it.
type Clock func() time.Time

// Service implements the {{.LE}} use cases.
type Service struct {
	repo  Repository
	now   Clock
	rates map[string]float64
}

// NewService returns a service over repo.
func NewService(repo Repository, now Clock) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{repo: repo, now: now, rates: map[string]float64{"EUR": 1, "USD": 0.92, "GBP": 1.17, "CHF": 1.04}}
}

// transitions lists the allowed status changes.
var transitions = map[api.Status][]api.Status{
	api.StatusPending:   {api.StatusActive, api.StatusClosed},
	api.StatusActive:    {api.StatusSuspended, api.StatusClosed},
	api.StatusSuspended: {api.StatusActive, api.StatusClosed},
}

// CanTransition reports whether a {{.LE}} may go from one status to another.
func CanTransition(from, to api.Status) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

func newID() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:])
}

// Create validates req and stores a new {{.LE}}.
func (s *Service) Create(ctx context.Context, req *api.Create{{.E}}Request) (*api.{{.E}}, error) {
	if err := req.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if len(req.Lines) > MaxLines {
		return nil, fmt.Errorf("%w: %d lines, at most %d", ErrInvalid, len(req.Lines), MaxLines)
	}
	now := s.now().UTC()
	x := &api.{{.E}}{
		ID:        req.RequestID,
		Owner:     req.Owner,
		Title:     strings.TrimSpace(req.Title),
		Status:    api.StatusPending,
		Currency:  strings.ToUpper(req.Currency),
		Tags:      normalizeTags(req.Tags),
		Labels:    req.Labels,
		Lines:     req.Lines,
		CreatedAt: now,
		UpdatedAt: now,
		Version:   1,
	}
	if x.ID == "" {
		x.ID = newID()
	}
	x.Amount = x.Total()
	rec, err := toRecord(x)
	if err != nil {
		return nil, err
	}
	if err := s.repo.Insert(ctx, rec); err != nil {
		return nil, err
	}
	return x, nil
}

// Get returns one {{.LE}}.
func (s *Service) Get(ctx context.Context, id string) (*api.{{.E}}, error) {
	rec, err := s.repo.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return fromRecord(rec)
}

// List returns a page of {{.LE}}s of owner.
func (s *Service) List(ctx context.Context, owner, status, after string, limit int) (*api.ListResponse, error) {
	if status != "" && !api.Status(status).Valid() {
		return nil, fmt.Errorf("%w: unknown status %q", ErrInvalid, status)
	}
	recs, err := s.repo.List(ctx, store.Filter{Owner: owner, Status: status, After: after, Limit: limit + 1})
	if err != nil {
		return nil, err
	}
	resp := &api.ListResponse{}
	for i, rec := range recs {
		if limit > 0 && i == limit {
			resp.NextPage = recs[i-1].ID
			break
		}
		x, err := fromRecord(rec)
		if err != nil {
			return nil, err
		}
		resp.Items = append(resp.Items, *x)
	}
	resp.Total = len(resp.Items)
	return resp, nil
}

// Update applies req to the {{.LE}} with id.
func (s *Service) Update(ctx context.Context, id string, req *api.Update{{.E}}Request) (*api.{{.E}}, error) {
	if err := req.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	x, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if req.Version != 0 && req.Version != x.Version {
		return nil, ErrConflict
	}
	if req.Title != nil {
		x.Title = strings.TrimSpace(*req.Title)
	}
	if req.Status != nil && *req.Status != x.Status {
		if !CanTransition(x.Status, *req.Status) {
			return nil, fmt.Errorf("%w: %s to %s", ErrTransition, x.Status, *req.Status)
		}
		x.Status = *req.Status
	}
	x.UpdatedAt = s.now().UTC()
	rec, err := toRecord(x)
	if err != nil {
		return nil, err
	}
	if err := s.repo.Update(ctx, rec); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return nil, ErrConflict
		}
		return nil, err
	}
	x.Version++
	return x, nil
}

// Delete removes a closed {{.LE}}.
func (s *Service) Delete(ctx context.Context, id string) error {
	x, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	if x.Status != api.StatusClosed {
		return fmt.Errorf("%w: only closed {{.LE}}s can be deleted", ErrTransition)
	}
	return s.repo.Delete(ctx, id)
}

// Convert returns amount in currency expressed in EUR cents.
func (s *Service) Convert(amount int64, currency string) (int64, error) {
	rate, ok := s.rates[strings.ToUpper(currency)]
	if !ok {
		return 0, fmt.Errorf("%w: no rate for %s", ErrInvalid, currency)
	}
	return int64(float64(amount) * rate), nil
}

// Summary aggregates {{.LE}}s by status.
type Summary struct {
	ByStatus map[api.Status]int
	Amount   int64
	Owners   []string
}

// Summarize aggregates xs.
func Summarize(xs []api.{{.E}}) Summary {
	s := Summary{ByStatus: make(map[api.Status]int)}
	owners := make(map[string]bool)
	for _, x := range xs {
		s.ByStatus[x.Status]++
		s.Amount += x.Amount
		owners[x.Owner] = true
	}
	for o := range owners {
		s.Owners = append(s.Owners, o)
	}
	sort.Strings(s.Owners)
	return s
}

func normalizeTags(tags []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

func toRecord(x *api.{{.E}}) (*store.Record, error) {
	lines, err := json.Marshal(x.Lines)
	if err != nil {
		return nil, err
	}
	return &store.Record{
		ID: x.ID, Owner: x.Owner, Title: x.Title, Status: string(x.Status), Amount: x.Amount,
		Currency: x.Currency, Tags: x.Tags, Labels: x.Labels, Lines: lines,
		CreatedAt: x.CreatedAt, UpdatedAt: x.UpdatedAt, Version: x.Version,
	}, nil
}

func fromRecord(r *store.Record) (*api.{{.E}}, error) {
	x := &api.{{.E}}{
		ID: r.ID, Owner: r.Owner, Title: r.Title, Status: api.Status(r.Status), Amount: r.Amount,
		Currency: r.Currency, Tags: r.Tags, Labels: r.Labels,
		CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, Version: r.Version,
	}
	if len(r.Lines) > 0 {
		if err := json.Unmarshal(r.Lines, &x.Lines); err != nil {
			return nil, fmt.Errorf("lines of %s: %w", r.ID, err)
		}
	}
	return x, nil
}
`,

	"handler": `// Package handler serves {{.Svc}}'s HTTP API.
package handler

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"{{.Mod}}/pkg/httpx"
	"{{.Mod}}/pkg/log"
	"{{.Mod}}/services/{{.Svc}}/api"
	"{{.Mod}}/services/{{.Svc}}/domain"
	"{{.Mod}}/services/{{.Svc}}/events"
	"{{.Mod}}/services/{{.Svc}}/metrics"
{{- if .Violation}}
	{{.Violation.Alias}} "{{.Violation.Path}}"
{{- end}}
)

// Handler serves the {{.LE}} routes.
type Handler struct {
	svc     *domain.Service
	pub     events.Publisher
	log     *log.Logger
	metrics *metrics.Registry
	timeout time.Duration
}

// New returns a handler.
func New(svc *domain.Service, pub events.Publisher, logger *log.Logger, reg *metrics.Registry, timeout time.Duration) *Handler {
	return &Handler{svc: svc, pub: pub, log: logger, metrics: reg, timeout: timeout}
}

// Register adds the routes to mux.
func (h *Handler) Register(mux *http.ServeMux) {
	routes := []struct {
		method, pattern string
		fn              http.HandlerFunc
	}{
		{http.MethodGet, api.RouteList, h.list},
		{http.MethodGet, api.RouteGet, h.get},
		{http.MethodPost, api.RouteCreate, h.create},
		{http.MethodPatch, api.RouteUpdate, h.update},
		{http.MethodDelete, api.RouteDelete, h.delete},
	}
	for _, rt := range routes {
		p := rt.method + " " + rt.pattern
		mux.Handle(p, h.metrics.Middleware(p, httpx.Recover(h.log, h.withTimeout(rt.fn))))
	}
	mux.HandleFunc("GET /healthz", h.health)
	mux.Handle("GET /metrics", h.metrics.Handler())
}

func (h *Handler) withTimeout(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
		defer cancel()
		next(w, r.WithContext(ctx))
	}
}

func (h *Handler) health(w http.ResponseWriter, r *http.Request) {
	httpx.JSON(w, http.StatusOK, map[string]string{"status": "ok", "service": api.Service})
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 50
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			h.fail(w, r, &api.Error{Code: "bad_limit", Message: "limit must be a positive integer", Status: http.StatusBadRequest})
			return
		}
		limit = n
	}
{{- if .Violation}}
	if lim := {{.Violation.Alias}}.MaxLines; limit > lim {
		limit = lim
	}
{{- end}}
	resp, err := h.svc.List(r.Context(), q.Get("owner"), q.Get("status"), q.Get("after"), limit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	httpx.JSON(w, http.StatusOK, resp)
}

func (h *Handler) get(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	x, err := h.svc.Get(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("ETag", strconv.Quote(strconv.Itoa(x.Version)))
	httpx.JSON(w, http.StatusOK, x)
}

func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
	var req api.Create{{.E}}Request
	if err := api.Decode(r.Body, &req); err != nil {
		h.fail(w, r, &api.Error{Code: "bad_request", Message: err.Error(), Status: http.StatusBadRequest})
		return
	}
	if req.RequestID == "" {
		req.RequestID = r.Header.Get("Idempotency-Key")
	}
	x, err := h.svc.Create(r.Context(), &req)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.publish(r.Context(), events.Topic{{.E}}Created, x.ID, events.{{.E}}Event{ {{.E}}: *x })
	w.Header().Set("Location", api.PathFor(x.ID))
	httpx.JSON(w, http.StatusCreated, x)
}

func (h *Handler) update(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var req api.Update{{.E}}Request
	if err := api.Decode(r.Body, &req); err != nil {
		h.fail(w, r, &api.Error{Code: "bad_request", Message: err.Error(), Status: http.StatusBadRequest})
		return
	}
	if m := r.Header.Get("If-Match"); m != "" && req.Version == 0 {
		if v, err := strconv.Atoi(strings.Trim(m, "\"")); err == nil {
			req.Version = v
		}
	}
	before, err := h.svc.Get(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	x, err := h.svc.Update(r.Context(), id, &req)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	topic := events.Topic{{.E}}Updated
	if x.Status == api.StatusClosed {
		topic = events.Topic{{.E}}Closed
	}
	h.publish(r.Context(), topic, x.ID+"-"+strconv.Itoa(x.Version), events.{{.E}}Event{ {{.E}}: *x, Previous: before.Status })
	httpx.JSON(w, http.StatusOK, x)
}

func (h *Handler) delete(w http.ResponseWriter, r *http.Request) {
	if err := h.svc.Delete(r.Context(), r.PathValue("id")); err != nil {
		h.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) publish(ctx context.Context, topic, id string, payload any) {
	e, err := events.NewEnvelope(id, topic, payload, time.Now().UTC())
	if err != nil {
		h.log.Error("encoding event", "topic", topic, "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	if err := h.pub.Publish(ctx, e); err != nil {
		h.log.Error("publishing event", "topic", topic, "id", id, "err", err)
	}
}

// fail writes err as an api.Error with the matching status.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *api.Error
	switch {
	case errors.As(err, &ae):
	case errors.Is(err, domain.ErrNotFound):
		ae = &api.Error{Code: "not_found", Message: err.Error(), Status: http.StatusNotFound}
	case errors.Is(err, domain.ErrInvalid):
		ae = &api.Error{Code: "invalid", Message: err.Error(), Status: http.StatusUnprocessableEntity}
	case errors.Is(err, domain.ErrConflict):
		ae = &api.Error{Code: "conflict", Message: err.Error(), Status: http.StatusConflict}
	case errors.Is(err, domain.ErrTransition):
		ae = &api.Error{Code: "bad_transition", Message: err.Error(), Status: http.StatusConflict}
	case errors.Is(err, context.DeadlineExceeded):
		ae = &api.Error{Code: "timeout", Message: "the request took too long", Status: http.StatusGatewayTimeout}
	default:
		h.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		ae = &api.Error{Code: "internal", Message: "internal error", Status: http.StatusInternalServerError}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(ae.Status)
	if err := json.NewEncoder(w).Encode(ae); err != nil {
		h.log.Warn("writing error response", "err", err)
	}
}
`,

	"client": `// Package client calls {{.Svc}} and the services it depends on over HTTP.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"{{.Mod}}/services/{{.Svc}}/api"
{{- range .Peers}}
	{{.Alias}} "{{.Path}}"
{{- end}}
)

// Client is an HTTP client for {{.Svc}}.
type Client struct {
	base    *url.URL
	http    *http.Client
	retries int
}

// New returns a client for the service at baseURL.
func New(baseURL string, timeout time.Duration) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, fmt.Errorf("{{.Svc}} client: %w", err)
	}
	if timeout <= 0 {
		timeout = 3 * time.Second
	}
	return &Client{base: u, http: &http.Client{Timeout: timeout}, retries: 2}, nil
}

func (c *Client) do(ctx context.Context, method, path string, query url.Values, in, out any) error {
	u := c.base.JoinPath(path)
	if query != nil {
		u.RawQuery = query.Encode()
	}
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return err
		}
	}
	var lastErr error
	for attempt := 0; attempt <= c.retries; attempt++ {
		req, err := http.NewRequestWithContext(ctx, method, u.String(), bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Accept", "application/json")
		if in != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := c.http.Do(req)
		if err != nil {
			lastErr = err
			if method != http.MethodGet {
				return err
			}
			continue
		}
		lastErr = decode(resp, out)
		if resp.StatusCode < 500 || method != http.MethodGet {
			return lastErr
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 100 * time.Millisecond):
		}
	}
	return lastErr
}

func decode(resp *http.Response, out any) error {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return api.DecodeError(resp)
	}
	if out == nil {
		_, err := io.Copy(io.Discard, resp.Body)
		return err
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Get{{.E}} fetches one {{.LE}}.
func (c *Client) Get{{.E}}(ctx context.Context, id string) (*api.{{.E}}, error) {
	var x api.{{.E}}
	if err := c.do(ctx, http.MethodGet, api.PathFor(id), nil, nil, &x); err != nil {
		return nil, err
	}
	return &x, nil
}

// List{{.E}}s fetches a page of {{.LE}}s of owner.
func (c *Client) List{{.E}}s(ctx context.Context, owner string, limit int) (*api.ListResponse, error) {
	q := url.Values{"owner": {owner}, "limit": {strconv.Itoa(limit)}}
	var resp api.ListResponse
	if err := c.do(ctx, http.MethodGet, api.RouteList, q, nil, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// Create{{.E}} creates a {{.LE}}.
func (c *Client) Create{{.E}}(ctx context.Context, req *api.Create{{.E}}Request) (*api.{{.E}}, error) {
	var x api.{{.E}}
	if err := c.do(ctx, http.MethodPost, api.RouteCreate, nil, req, &x); err != nil {
		return nil, err
	}
	return &x, nil
}

// Delete{{.E}} deletes a {{.LE}}.
func (c *Client) Delete{{.E}}(ctx context.Context, id string) error {
	return c.do(ctx, http.MethodDelete, api.PathFor(id), nil, nil, nil)
}
{{range .Peers}}
// {{.Type}} calls service {{.Svc}}.
type {{.Type}} struct{ c *Client }

// {{.Type}}For returns a client for {{.Svc}} at baseURL.
func {{.Type}}For(baseURL string, timeout time.Duration) (*{{.Type}}, error) {
	c, err := New(baseURL, timeout)
	if err != nil {
		return nil, err
	}
	return &{{.Type}}{c: c}, nil
}

// Get fetches one {{.LE}} from {{.Svc}}.
func (p *{{.Type}}) Get(ctx context.Context, id string) (*{{.Alias}}.{{.E}}, error) {
	var x {{.Alias}}.{{.E}}
	if err := p.c.do(ctx, http.MethodGet, {{.Alias}}.PathFor(id), nil, nil, &x); err != nil {
		return nil, fmt.Errorf("{{.Svc}}: %w", err)
	}
	return &x, nil
}

// Create creates a {{.LE}} in {{.Svc}}.
func (p *{{.Type}}) Create(ctx context.Context, req *{{.Alias}}.Create{{.E}}Request) (*{{.Alias}}.{{.E}}, error) {
	var x {{.Alias}}.{{.E}}
	if err := p.c.do(ctx, http.MethodPost, {{.Alias}}.RouteCreate, nil, req, &x); err != nil {
		return nil, fmt.Errorf("{{.Svc}}: %w", err)
	}
	return &x, nil
}

// Active lists the active {{.LE}}s of owner in {{.Svc}}.
func (p *{{.Type}}) Active(ctx context.Context, owner string) ([]{{.Alias}}.{{.E}}, error) {
	q := url.Values{"owner": {owner}, "status": {string({{.Alias}}.StatusActive)}}
	var resp {{.Alias}}.ListResponse
	if err := p.c.do(ctx, http.MethodGet, {{.Alias}}.RouteList, q, nil, &resp); err != nil {
		return nil, fmt.Errorf("{{.Svc}}: %w", err)
	}
	return resp.Items, nil
}
{{end}}`,

	"events": `// Package events carries {{.Svc}}'s domain events: the envelope, a publisher
// and consumers that tolerate redelivery.
package events

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"{{.Mod}}/services/{{.Svc}}/api"
)

// Topics {{.Svc}} publishes to.
const (
	Topic{{.E}}Created = "{{.Svc}}.{{.LE}}.created"
	Topic{{.E}}Updated = "{{.Svc}}.{{.LE}}.updated"
	Topic{{.E}}Closed  = "{{.Svc}}.{{.LE}}.closed"
)

// Envelope wraps every event.
type Envelope struct {
	ID         string          ´json:"id"´
	Topic      string          ´json:"topic"´
	Source     string          ´json:"source"´
	OccurredAt time.Time       ´json:"occurred_at"´
	Attempt    int             ´json:"attempt"´
	Payload    json.RawMessage ´json:"payload"´
}

// {{.E}}Event is the payload of the {{.LE}} topics.
type {{.E}}Event struct {
	{{.E}}   api.{{.E}} ´json:"{{.LE}}"´
	Previous api.Status ´json:"previous,omitempty"´
}

// Publisher sends envelopes to a broker.
type Publisher interface {
	Publish(ctx context.Context, e Envelope) error
}

// Handler consumes one envelope.
type Handler func(ctx context.Context, e Envelope) error

// NewEnvelope wraps payload for topic.
func NewEnvelope(id, topic string, payload any, at time.Time) (Envelope, error) {
	b, err := json.Marshal(payload)
	if err != nil {
		return Envelope{}, fmt.Errorf("encoding %s payload: %w", topic, err)
	}
	return Envelope{ID: id, Topic: topic, Source: api.Service, OccurredAt: at, Payload: b}, nil
}

// Bus is an in-process broker for tests and single-binary deployments.
type Bus struct {
	mu       sync.RWMutex
	handlers map[string][]Handler
	sent     []Envelope
}

// NewBus returns an empty bus.
func NewBus() *Bus { return &Bus{handlers: make(map[string][]Handler)} }

// Subscribe registers h for topic.
func (b *Bus) Subscribe(topic string, h Handler) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.handlers[topic] = append(b.handlers[topic], h)
}

// Publish delivers e to every subscriber, with retries.
func (b *Bus) Publish(ctx context.Context, e Envelope) error {
	b.mu.Lock()
	b.sent = append(b.sent, e)
	hs := append([]Handler(nil), b.handlers[e.Topic]...)
	b.mu.Unlock()
	var errs []error
	for _, h := range hs {
		if err := deliver(ctx, h, e, 3); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func deliver(ctx context.Context, h Handler, e Envelope, attempts int) error {
	var err error
	for i := 0; i < attempts; i++ {
		e.Attempt = i + 1
		if err = h(ctx, e); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * 50 * time.Millisecond):
		}
	}
	return fmt.Errorf("delivering %s to a %s handler: %w", e.ID, e.Topic, err)
}

// Topics returns the topics with subscribers, sorted.
func (b *Bus) Topics() []string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var ts []string
	for t := range b.handlers {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Sent returns a copy of the envelopes published so far.
func (b *Bus) Sent() []Envelope {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return append([]Envelope(nil), b.sent...)
}

// Dedup remembers message ids so a consumer can drop redeliveries.
type Dedup struct {
	mu   sync.Mutex
	seen map[string]time.Time
	ttl  time.Duration
}

// NewDedup returns a dedup window of ttl.
func NewDedup(ttl time.Duration) *Dedup {
	return &Dedup{seen: make(map[string]time.Time), ttl: ttl}
}

// First reports whether id is seen for the first time within the window.
func (d *Dedup) First(id string, now time.Time) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for k, t := range d.seen {
		if now.Sub(t) > d.ttl {
			delete(d.seen, k)
		}
	}
	if _, ok := d.seen[id]; ok {
		return false
	}
	d.seen[id] = now
	return true
}

// Once wraps h so that each message id is handled at most once.
func Once(d *Dedup, h Handler) Handler {
	return func(ctx context.Context, e Envelope) error {
		if !d.First(e.ID, time.Now()) {
			return nil
		}
		return h(ctx, e)
	}
}

// Decode{{.E}}Event reads the payload of a {{.LE}} topic.
func Decode{{.E}}Event(e Envelope) (*{{.E}}Event, error) {
	var ev {{.E}}Event
	if err := json.Unmarshal(e.Payload, &ev); err != nil {
		return nil, fmt.Errorf("event %s on %s: %w", e.ID, e.Topic, err)
	}
	return &ev, nil
}
`,

	"config": `// Package config reads {{.Svc}}'s settings from the environment.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is every setting of {{.Svc}}.
type Config struct {
	Addr            string
	DatabaseURL     string
	MaxOpenConns    int
	MaxIdleConns    int
	ConnMaxLifetime time.Duration
	QueryTimeout    time.Duration
	ReadTimeout     time.Duration
	WriteTimeout    time.Duration
	ShutdownTimeout time.Duration
	ClientTimeout   time.Duration
	Peers           map[string]string
	WorkerInterval  time.Duration
	WorkerBatch     int
	LogLevel        string
	Debug           bool
}

// Defaults returns the settings used when the environment says nothing.
func Defaults() Config {
	return Config{
		Addr:            ":{{.Port}}",
		DatabaseURL:     "postgres://{{.Svc}}@localhost:5432/{{.Svc}}?sslmode=disable",
		MaxOpenConns:    20,
		MaxIdleConns:    5,
		ConnMaxLifetime: 30 * time.Minute,
		QueryTimeout:    2 * time.Second,
		ReadTimeout:     5 * time.Second,
		WriteTimeout:    10 * time.Second,
		ShutdownTimeout: 15 * time.Second,
		ClientTimeout:   3 * time.Second,
		Peers:           map[string]string{},
		WorkerInterval:  30 * time.Second,
		WorkerBatch:     100,
		LogLevel:        "info",
	}
}

// Load reads the environment with the given prefix, e.g. "{{.Upper}}_".
func Load(prefix string) (Config, error) {
	return FromLookup(prefix, os.LookupEnv)
}

// FromLookup reads settings through lookup.
func FromLookup(prefix string, lookup func(string) (string, bool)) (Config, error) {
	c := Defaults()
	var errs []error
	str := func(name string, dst *string) {
		if v, ok := lookup(prefix + name); ok {
			*dst = v
		}
	}
	num := func(name string, dst *int) {
		if v, ok := lookup(prefix + name); ok {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s%s: %w", prefix, name, err))
				return
			}
			*dst = n
		}
	}
	dur := func(name string, dst *time.Duration) {
		if v, ok := lookup(prefix + name); ok {
			d, err := time.ParseDuration(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s%s: %w", prefix, name, err))
				return
			}
			*dst = d
		}
	}
	str("ADDR", &c.Addr)
	str("DATABASE_URL", &c.DatabaseURL)
	num("MAX_OPEN_CONNS", &c.MaxOpenConns)
	num("MAX_IDLE_CONNS", &c.MaxIdleConns)
	dur("CONN_MAX_LIFETIME", &c.ConnMaxLifetime)
	dur("QUERY_TIMEOUT", &c.QueryTimeout)
	dur("READ_TIMEOUT", &c.ReadTimeout)
	dur("WRITE_TIMEOUT", &c.WriteTimeout)
	dur("SHUTDOWN_TIMEOUT", &c.ShutdownTimeout)
	dur("CLIENT_TIMEOUT", &c.ClientTimeout)
	dur("WORKER_INTERVAL", &c.WorkerInterval)
	num("WORKER_BATCH", &c.WorkerBatch)
	str("LOG_LEVEL", &c.LogLevel)
	if v, ok := lookup(prefix + "DEBUG"); ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%sDEBUG: %w", prefix, err))
		}
		c.Debug = b
	}
	if v, ok := lookup(prefix + "PEERS"); ok && v != "" {
		for _, kv := range strings.Split(v, ",") {
			name, addr, ok := strings.Cut(kv, "=")
			if !ok {
				errs = append(errs, fmt.Errorf("%sPEERS: %q is not name=url", prefix, kv))
				continue
			}
			c.Peers[strings.TrimSpace(name)] = strings.TrimSpace(addr)
		}
	}
	if err := c.Validate(); err != nil {
		errs = append(errs, err)
	}
	return c, errors.Join(errs...)
}

// Validate checks the settings together.
func (c Config) Validate() error {
	var errs []error
	if c.Addr == "" {
		errs = append(errs, errors.New("address is empty"))
	}
	if _, err := url.Parse(c.DatabaseURL); err != nil {
		errs = append(errs, fmt.Errorf("database url: %w", err))
	}
	if c.MaxIdleConns > c.MaxOpenConns {
		errs = append(errs, fmt.Errorf("max idle conns %d above max open conns %d", c.MaxIdleConns, c.MaxOpenConns))
	}
	for name, d := range map[string]time.Duration{"query": c.QueryTimeout, "read": c.ReadTimeout, "write": c.WriteTimeout, "client": c.ClientTimeout} {
		if d <= 0 {
			errs = append(errs, fmt.Errorf("%s timeout must be positive, is %s", name, d))
		}
	}
	for name, addr := range c.Peers {
		u, err := url.Parse(addr)
		if err != nil || u.Host == "" {
			errs = append(errs, fmt.Errorf("peer %s: %q is not an absolute URL", name, addr))
		}
	}
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("unknown log level %q", c.LogLevel))
	}
	return errors.Join(errs...)
}

// Peer returns the base URL of a peer service, or def.
func (c Config) Peer(name, def string) string {
	if u, ok := c.Peers[name]; ok {
		return u
	}
	return def
}
`,

	"metrics": `// Package metrics counts what {{.Svc}} does and serves the counts in the
// Prometheus text format.
package metrics

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Counter is a monotonically increasing number.
type Counter struct {
	name, help string
	v          atomic.Int64
}

// Inc adds one.
func (c *Counter) Inc() { c.v.Add(1) }

// Add adds n.
func (c *Counter) Add(n int64) { c.v.Add(n) }

// Value returns the count.
func (c *Counter) Value() int64 { return c.v.Load() }

// Histogram counts observations into buckets.
type Histogram struct {
	name, help string
	mu         sync.Mutex
	bounds     []float64
	counts     []uint64
	sum        float64
	total      uint64
}

// Observe records one value.
func (h *Histogram) Observe(v float64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	i := sort.SearchFloat64s(h.bounds, v)
	h.counts[i]++
	h.sum += v
	h.total++
}

// Since records the seconds elapsed since start.
func (h *Histogram) Since(start time.Time) { h.Observe(time.Since(start).Seconds()) }

// Registry holds the metrics of one process.
type Registry struct {
	mu         sync.Mutex
	counters   map[string]*Counter
	histograms map[string]*Histogram
	started    time.Time
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{counters: make(map[string]*Counter), histograms: make(map[string]*Histogram), started: time.Now()}
}

// Counter returns the counter name, creating it.
func (r *Registry) Counter(name, help string) *Counter {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.counters[name]; ok {
		return c
	}
	c := &Counter{name: name, help: help}
	r.counters[name] = c
	return c
}

// DefaultBuckets are latency buckets in seconds.
var DefaultBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Histogram returns the histogram name, creating it with bounds.
func (r *Registry) Histogram(name, help string, bounds []float64) *Histogram {
	r.mu.Lock()
	defer r.mu.Unlock()
	if h, ok := r.histograms[name]; ok {
		return h
	}
	b := append([]float64(nil), bounds...)
	sort.Float64s(b)
	h := &Histogram{name: name, help: help, bounds: b, counts: make([]uint64, len(b)+1)}
	r.histograms[name] = h
	return h
}

// WriteTo writes every metric in the text exposition format.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	r.mu.Lock()
	names := make([]string, 0, len(r.counters)+len(r.histograms))
	for n := range r.counters {
		names = append(names, n)
	}
	for n := range r.histograms {
		names = append(names, n)
	}
	r.mu.Unlock()
	sort.Strings(names)
	var sb strings.Builder
	fmt.Fprintf(&sb, "# HELP {{.Svc}}_uptime_seconds Seconds since start.\n{{.Svc}}_uptime_seconds %g\n", time.Since(r.started).Seconds())
	for _, n := range names {
		r.mu.Lock()
		c, isCounter := r.counters[n]
		h := r.histograms[n]
		r.mu.Unlock()
		if isCounter {
			fmt.Fprintf(&sb, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", c.name, c.help, c.name, c.name, c.Value())
			continue
		}
		h.mu.Lock()
		fmt.Fprintf(&sb, "# HELP %s %s\n# TYPE %s histogram\n", h.name, h.help, h.name)
		var cum uint64
		for i, b := range h.bounds {
			cum += h.counts[i]
			fmt.Fprintf(&sb, "%s_bucket{le=\"%g\"} %d\n", h.name, b, cum)
		}
		fmt.Fprintf(&sb, "%s_bucket{le=\"+Inf\"} %d\n%s_sum %g\n%s_count %d\n", h.name, h.total, h.name, h.sum, h.name, h.total)
		h.mu.Unlock()
	}
	n, err := io.WriteString(w, sb.String())
	return int64(n), err
}

// Handler serves the registry.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		if _, err := r.WriteTo(w); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
}

// Middleware counts requests and their latency by route.
func (r *Registry) Middleware(route string, next http.Handler) http.Handler {
	name := strings.NewReplacer("/", "_", "{", "", "}", "", " ", "_", "-", "_").Replace(strings.ToLower(route))
	reqs := r.Counter("{{.Svc}}_http_requests"+name+"_total", "Requests to "+route)
	errs := r.Counter("{{.Svc}}_http_errors"+name+"_total", "Failed requests to "+route)
	lat := r.Histogram("{{.Svc}}_http_duration"+name+"_seconds", "Latency of "+route, DefaultBuckets)
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, req)
		reqs.Inc()
		if rec.status >= 500 {
			errs.Inc()
		}
		lat.Since(start)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
`,

	"worker": `// Package worker runs {{.Svc}}'s background jobs.
package worker

import (
	"context"
	"errors"
	"sync"
	"time"

	"{{.Mod}}/pkg/log"
	"{{.Mod}}/services/{{.Svc}}/api"
	"{{.Mod}}/services/{{.Svc}}/client"
	"{{.Mod}}/services/{{.Svc}}/domain"
	"{{.Mod}}/services/{{.Svc}}/events"
	"{{.Mod}}/services/{{.Svc}}/store"
)

// Worker expires stale {{.LE}}s and reacts to events.
type Worker struct {
	store    *store.Store
	svc      *domain.Service
	bus      *events.Bus
	dedup    *events.Dedup
	log      *log.Logger
	interval time.Duration
	batch    int
{{- range .Peers}}
	{{.Field}} *client.{{.Type}}
{{- end}}

	mu      sync.Mutex
	runs    int
	lastErr error
}

// Options configure a worker.
type Options struct {
	Interval time.Duration
	Batch    int
{{- range .Peers}}
	{{.Type}} *client.{{.Type}}
{{- end}}
}

// New returns a worker.
func New(st *store.Store, svc *domain.Service, bus *events.Bus, logger *log.Logger, opts Options) *Worker {
	if opts.Interval <= 0 {
		opts.Interval = time.Minute
	}
	if opts.Batch <= 0 {
		opts.Batch = 100
	}
	w := &Worker{store: st, svc: svc, bus: bus, dedup: events.NewDedup(time.Hour), log: logger, interval: opts.Interval, batch: opts.Batch}
{{- range .Peers}}
	w.{{.Field}} = opts.{{.Type}}
{{- end}}
	bus.Subscribe(events.Topic{{.E}}Created, events.Once(w.dedup, w.onCreated))
	return w
}

// Run loops until ctx is done.
func (w *Worker) Run(ctx context.Context) error {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			err := w.tick(ctx)
			w.mu.Lock()
			w.runs++
			w.lastErr = err
			w.mu.Unlock()
			if err != nil {
				w.log.Warn("worker tick failed", "err", err)
			}
		}
	}
}

// Status returns the number of runs and the last error.
func (w *Worker) Status() (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.runs, w.lastErr
}

func (w *Worker) tick(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, w.interval/2)
	defer cancel()
	ids, err := w.store.Stale(ctx, 24*time.Hour, w.batch)
	if err != nil {
		return err
	}
	closed := api.StatusClosed
	var errs []error
	for _, id := range ids {
		if _, err := w.svc.Update(ctx, id, &api.Update{{.E}}Request{Status: &closed}); err != nil && !errors.Is(err, domain.ErrConflict) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (w *Worker) onCreated(ctx context.Context, e events.Envelope) error {
	ev, err := events.Decode{{.E}}Event(e)
	if err != nil {
		return err
	}
	first, err := w.store.MarkProcessed(ctx, e.ID)
	if err != nil || !first {
		return err
	}
	w.log.Info("{{.LE}} created", "id", ev.{{.E}}.ID, "owner", ev.{{.E}}.Owner)
{{- range .Peers}}
	if w.{{.Field}} != nil {
		if _, err := w.{{.Field}}.Active(ctx, ev.{{$.E}}.Owner); err != nil {
			w.log.Warn("peer lookup failed", "peer", "{{.Svc}}", "err", err)
		}
	}
{{- end}}
	return nil
}
`,
}

const domainTestTemplate = `package domain

import (
	"context"
	"errors"
	"sort"
	"sync"
	"testing"
	"time"

	"{{.Mod}}/services/{{.Svc}}/api"
	"{{.Mod}}/services/{{.Svc}}/store"
)

type memRepo struct {
	mu   sync.Mutex
	rows map[string]*store.Record
}

func newMemRepo() *memRepo { return &memRepo{rows: make(map[string]*store.Record)} }

func (m *memRepo) Get(ctx context.Context, id string) (*store.Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.rows[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	c := *r
	return &c, nil
}

func (m *memRepo) List(ctx context.Context, f store.Filter) ([]*store.Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*store.Record
	for _, r := range m.rows {
		if f.Owner != "" && r.Owner != f.Owner {
			continue
		}
		if f.Status != "" && r.Status != f.Status {
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (m *memRepo) Insert(ctx context.Context, r *store.Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.rows[r.ID]; !ok {
		m.rows[r.ID] = r
	}
	return nil
}

func (m *memRepo) Update(ctx context.Context, r *store.Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	old, ok := m.rows[r.ID]
	if !ok || old.Version != r.Version {
		return store.ErrConflict
	}
	c := *r
	c.Version++
	m.rows[r.ID] = &c
	return nil
}

func (m *memRepo) Delete(ctx context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.rows, id)
	return nil
}

func fixedClock() time.Time { return time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC) }

func TestCreateAndGet(t *testing.T) {
	s := NewService(newMemRepo(), fixedClock)
	ctx := context.Background()
	x, err := s.Create(ctx, &api.Create{{.E}}Request{RequestID: "r1", Owner: "o1", Title: " t ", Currency: "eur", Lines: []api.Line{ {SKU: "a", Quantity: 2, Price: 150} }})
	if err != nil {
		t.Fatal(err)
	}
	if x.Amount != 300 || x.Title != "t" || x.Currency != "EUR" {
		t.Errorf("created %+v", x)
	}
	got, err := s.Get(ctx, "r1")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != x.ID || len(got.Lines) != 1 {
		t.Errorf("got %+v, want %+v", got, x)
	}
}

func TestTransitions(t *testing.T) {
	s := NewService(newMemRepo(), fixedClock)
	ctx := context.Background()
	if _, err := s.Create(ctx, &api.Create{{.E}}Request{RequestID: "r2", Owner: "o", Title: "t", Currency: "USD", Lines: []api.Line{ {SKU: "b", Quantity: 1, Price: 1} }}); err != nil {
		t.Fatal(err)
	}
	closed := api.StatusClosed
	if _, err := s.Update(ctx, "r2", &api.Update{{.E}}Request{Status: &closed}); err != nil {
		t.Fatal(err)
	}
	active := api.StatusActive
	if _, err := s.Update(ctx, "r2", &api.Update{{.E}}Request{Status: &active}); !errors.Is(err, ErrTransition) {
		t.Errorf("reopening: got %v, want ErrTransition", err)
	}
	if err := s.Delete(ctx, "r2"); err != nil {
		t.Errorf("delete: %v", err)
	}
}

func TestSummarize(t *testing.T) {
	sum := Summarize([]api.{{.E}}{ {Owner: "b", Status: api.StatusActive, Amount: 5}, {Owner: "a", Status: api.StatusActive, Amount: 7} })
	if sum.ByStatus[api.StatusActive] != 2 || sum.Amount != 12 || len(sum.Owners) != 2 || sum.Owners[0] != "a" {
		t.Errorf("summary %+v", sum)
	}
}
`
