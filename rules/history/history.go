// Package history reads a repository's commits with the git command: who
// changed which files, when, following renames. The cochange check reads
// it to tell which services change together.
//
// It runs git rather than reading the repository with a Go library: git
// is there wherever the repository is, reads every repository format
// (packs, worktrees, partial and shallow clones), and its rename detection
// (-M) is the reference that other tools' differs approximate.
package history

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"errors"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/boundcheck/boundcheck/rules/tree"
)

// Options limit what Read reads.
type Options struct {
	// Since returns, given the time of HEAD's commit, the time before
	// which commits are dropped (a window back from HEAD keeps the result
	// the same for the same repository, whatever the day); nil for none.
	Since func(head time.Time) time.Time
	// MaxCommits reads at most that many commits, newest first; 0 for
	// no limit.
	MaxCommits int
	// FirstParent follows only the first parent of merges: the history
	// of the main line, where a merge stands for the branch it brings in
	// (its changes against the first parent).
	FirstParent bool
	// Cache, when not nil, keeps the commits read, by HEAD and these
	// options: a history read again from the same HEAD is not asked of
	// git again.
	Cache Cache
}

// A Cache keeps bytes by key; a miss, or bytes that do not decode, is
// read again.
type Cache interface {
	Get(key [32]byte) ([]byte, bool)
	Put(key [32]byte, data []byte) error
}

// cacheFormat changes whenever what is cached does.
const cacheFormat = "boundcheck history 2"

// A Change is one file a commit adds, modifies, deletes or renames: Path
// is relative to the repository's top folder, with slashes; From is a
// renamed file's earlier path. Generated marks a Go file whose copy in the
// working tree says it is generated ("// Code generated ... DO NOT
// EDIT.").
type Change struct {
	Path      string
	From      string
	Generated bool
}

// A Commit is one commit, with the files it changed.
type Commit struct {
	Hash    string
	Parents int
	Author  string
	Email   string
	Time    time.Time
	Subject string
	Changes []Change
}

// A History is the commits read, newest first.
type History struct {
	Top string // the repository's top folder, absolute
	// Prefix is the folder Read was given, relative to Top, with slashes
	// and a final slash; "" for Top itself.
	Prefix  string
	Since   time.Time // the limit Options.Since gave; zero for none
	Head    string    // the commit HEAD names; "" in a repository without commits
	Shallow bool      // a shallow clone: older commits are missing
	// NoRenames says why renames were not followed: git could not read
	// the files' contents it compares (a blobless or damaged clone); ""
	// when they were.
	NoRenames string
	Commits   []Commit
}

// ErrNotRepository is returned for a folder that is not in a git
// repository.
var ErrNotRepository = errors.New("not in a git repository")

// Read reads the history of the repository that holds dir, from HEAD.
func Read(dir string, o Options) (*History, error) {
	top, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		if _, lookErr := exec.LookPath("git"); lookErr != nil {
			return nil, fmt.Errorf("the git command is not installed: %w", lookErr)
		}
		return nil, ErrNotRepository
	}
	h := &History{Top: filepath.Clean(strings.TrimSpace(string(top)))}
	if abs, err := filepath.Abs(dir); err == nil {
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		if rel, err := filepath.Rel(h.Top, abs); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
			h.Prefix = filepath.ToSlash(rel) + "/"
		}
	}
	if out, err := git(dir, "rev-parse", "--is-shallow-repository"); err == nil {
		h.Shallow = strings.TrimSpace(string(out)) == "true"
	}
	head, err := git(dir, "rev-parse", "--verify", "--quiet", "HEAD")
	if err != nil {
		return h, nil // no commit yet
	}
	h.Head = strings.TrimSpace(string(head))
	// log's arguments besides the rename flag, which Read adds: -M, or
	// --no-renames when git cannot compare contents.
	args := []string{"-z", "--name-status", "--no-color", "--no-ext-diff",
		"--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%at%x1f%s"}
	if o.FirstParent {
		args = append(args, "--first-parent", "--diff-merges=first-parent")
	}
	if o.Since != nil {
		out, err := git(dir, "log", "-1", "--format=%ct", h.Head)
		if err != nil {
			return nil, err
		}
		secs, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("git log: HEAD's time %q", out)
		}
		h.Since = o.Since(time.Unix(secs, 0).UTC())
		args = append(args, "--since="+strconv.FormatInt(h.Since.Unix(), 10))
	}
	if o.MaxCommits > 0 {
		args = append(args, "--max-count="+strconv.Itoa(o.MaxCommits))
	}
	args = append(args, h.Head, "--")
	var key [32]byte
	if o.Cache != nil {
		// The commits are a function of HEAD (which names every commit
		// before it) and the options; the shallow boundary too.
		key = sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%t\x00%q", cacheFormat, h.Top, h.Shallow, args))
		if data, ok := o.Cache.Get(key); ok {
			var cached struct {
				Commits   []Commit
				NoRenames string
			}
			if gob.NewDecoder(bytes.NewReader(data)).Decode(&cached) == nil {
				h.Commits, h.NoRenames = cached.Commits, cached.NoRenames
				markGenerated(h)
				return h, nil
			}
		}
	}
	out, err := git(h.Top, append([]string{"log", "-M"}, args...)...)
	if err != nil {
		// Rename detection reads the files' contents, which a blobless
		// or damaged clone lacks; the names alone are in its trees.
		var err2 error
		if out, err2 = git(h.Top, append([]string{"log", "--no-renames"}, args...)...); err2 != nil {
			return nil, err
		}
		h.NoRenames = err.Error()
	}
	if h.Commits, err = parseLog(out); err != nil {
		return nil, err
	}
	if o.Cache != nil {
		var buf bytes.Buffer
		if gob.NewEncoder(&buf).Encode(struct {
			Commits   []Commit
			NoRenames string
		}{h.Commits, h.NoRenames}) == nil {
			_ = o.Cache.Put(key, buf.Bytes()) // what is not stored is read again
		}
	}
	markGenerated(h)
	return h, nil
}

// markGenerated marks the changes of Go files whose copy in the working
// tree is generated. A file gone from the tree is judged by its name alone
// (by the caller).
func markGenerated(h *History) {
	seen := make(map[string]bool)
	fset := token.NewFileSet()
	generated := func(p string) bool {
		g, ok := seen[p]
		if ok {
			return g
		}
		g = tree.Generator(fset, filepath.Join(h.Top, filepath.FromSlash(p))) != ""
		seen[p] = g
		return g
	}
	for i := range h.Commits {
		for j := range h.Commits[i].Changes {
			ch := &h.Commits[i].Changes[j]
			if strings.HasSuffix(ch.Path, ".go") {
				ch.Generated = generated(ch.Path)
			}
		}
	}
}

// git runs git in dir and returns its output; an error carries what git
// said on stderr.
func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-c", "core.quotepath=off", "-c", "log.showSignature=false"}, args...)...)
	cmd.Dir = dir
	// A partial clone would fetch the contents it lacks from its remote,
	// one by one: fail instead (git 2.44 and later).
	cmd.Env = append(os.Environ(), "GIT_NO_LAZY_FETCH=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}

// parseLog reads git log's -z output: each commit is \x1e, the header's
// fields separated by \x1f, a NUL, then its changes as NUL-separated
// status and paths (two paths for a rename or copy).
func parseLog(out []byte) ([]Commit, error) {
	var commits []Commit
	for _, chunk := range bytes.Split(out, []byte{0x1e}) {
		if len(bytes.TrimSpace(chunk)) == 0 {
			continue
		}
		header, rest, _ := bytes.Cut(chunk, []byte{0})
		f := strings.Split(string(header), "\x1f")
		if len(f) != 6 {
			return nil, fmt.Errorf("git log: unexpected commit header %q", header)
		}
		secs, err := strconv.ParseInt(f[4], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("git log: commit %s: bad time %q", f[0], f[4])
		}
		c := Commit{Hash: f[0], Parents: len(strings.Fields(f[1])), Author: f[2], Email: f[3], Time: time.Unix(secs, 0).UTC(), Subject: f[5]}
		fields := strings.Split(strings.TrimLeft(string(rest), "\n"), "\x00")
		for i := 0; i < len(fields); {
			status := fields[i]
			if status == "" {
				i++
				continue
			}
			switch status[0] {
			case 'R', 'C':
				if i+2 >= len(fields) {
					return nil, fmt.Errorf("git log: commit %s: a rename without its paths", c.Hash)
				}
				ch := Change{Path: fields[i+2]}
				if status[0] == 'R' {
					ch.From = fields[i+1]
				}
				c.Changes = append(c.Changes, ch)
				i += 3
			default:
				if i+1 >= len(fields) {
					return nil, fmt.Errorf("git log: commit %s: a change without its path", c.Hash)
				}
				c.Changes = append(c.Changes, Change{Path: fields[i+1]})
				i += 2
			}
		}
		commits = append(commits, c)
	}
	return commits, nil
}
