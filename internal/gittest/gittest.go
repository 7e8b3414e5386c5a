// Package gittest builds git repositories for tests with the real git
// command: files written, commits made by the authors and at the times a
// test chooses.
package gittest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A Repo is a repository whose commits are an hour apart, from When.
type Repo struct {
	T    testing.TB
	Dir  string
	When time.Time
}

// New makes an empty repository on branch main in a temporary folder; a
// test skips when git is not installed.
func New(t testing.TB) *Repo {
	t.Helper()
	r := At(t, t.TempDir())
	r.Git("", "init", "-q", "-b", "main")
	return r
}

// At is a Repo for dir, which a test makes a repository of itself.
func At(t testing.TB, dir string) *Repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git command")
	}
	return &Repo{T: t, Dir: dir, When: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)}
}

// Git runs git in the repository as author ("Name <email>"; "" for Dev
// One), at When, with no user or system config, and returns its output.
func (r *Repo) Git(author string, args ...string) string {
	r.T.Helper()
	if author == "" {
		author = "Dev One <dev1@example.com>"
	}
	name, email, _ := strings.Cut(author, " <")
	email = strings.TrimSuffix(email, ">")
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Dir
	date := r.When.Format(time.RFC3339)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME="+name, "GIT_AUTHOR_EMAIL="+email, "GIT_COMMITTER_NAME="+name,
		"GIT_COMMITTER_EMAIL="+email, "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date, "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.T.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// Write sets files, name (with slashes) to content; "" removes the file.
func (r *Repo) Write(files map[string]string) {
	r.T.Helper()
	for name, text := range files {
		p := filepath.Join(r.Dir, filepath.FromSlash(name))
		if text == "" {
			if err := os.Remove(p); err != nil {
				r.T.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			r.T.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o666); err != nil {
			r.T.Fatal(err)
		}
	}
}

// Commit commits everything as author, an hour after the commit before.
func (r *Repo) Commit(author, subject string) {
	r.T.Helper()
	r.When = r.When.Add(time.Hour)
	r.Git(author, "add", "-A")
	r.Git(author, "commit", "-q", "--allow-empty", "-m", subject)
}

// Touch appends a comment line to each file and commits.
func (r *Repo) Touch(author, subject string, files ...string) {
	r.T.Helper()
	for _, f := range files {
		p := filepath.Join(r.Dir, filepath.FromSlash(f))
		data, err := os.ReadFile(p)
		if err != nil {
			r.T.Fatal(err)
		}
		if err := os.WriteFile(p, append(data, fmt.Sprintf("\n// %s\n", subject)...), 0o666); err != nil {
			r.T.Fatal(err)
		}
	}
	r.Commit(author, subject)
}
