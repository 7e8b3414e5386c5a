package baseline

import (
	"bufio"
	"bytes"
	"fmt"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/boundcheck/boundcheck/internal/findings"
)

// Lines are the lines changed since a revision, by absolute file name. A
// file whose set is nil is new as a whole (untracked).
type Lines map[string]map[int]bool

// Has reports whether the line at pos changed.
func (l Lines) Has(pos token.Position) bool {
	set, ok := l[filepath.Clean(pos.Filename)]
	if !ok {
		// git names files by their real path; the go command by the one
		// the working directory was reached through (a symbolic link).
		real, err := filepath.EvalSymlinks(pos.Filename)
		if err != nil {
			return false
		}
		set, ok = l[real]
	}
	return ok && (set == nil || set[pos.Line])
}

// NewIn keeps the findings with a position on a changed line: the
// finding's own, or one of its related positions (a whole-program finding
// is new when any of the places it names changed). A finding in a file
// outside the work tree at root, which git cannot tell about, is kept too,
// and counted in outside.
func NewIn(fs []findings.Finding, l Lines, root string) (kept []findings.Finding, outside int) {
	for _, f := range fs {
		if !within(root, f.Pos.Filename) {
			kept = append(kept, f)
			outside++
			continue
		}
		keep := l.Has(f.Pos)
		for _, r := range f.Related {
			keep = keep || l.Has(r.Pos)
		}
		if keep {
			kept = append(kept, f)
		}
	}
	return kept, outside
}

// within reports whether file lies in the folder root (as given, or as
// its real path).
func within(root, file string) bool {
	in := func(f string) bool {
		rel, err := filepath.Rel(root, f)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	if in(file) {
		return true
	}
	real, err := filepath.EvalSymlinks(file)
	return err == nil && in(real)
}

// Changed returns the lines of the git work tree around dir that differ
// from revision rev: changed or added lines of tracked files (staged or
// not), and every line of untracked files that git does not ignore; and
// the work tree's root.
func Changed(dir, rev string) (Lines, string, error) {
	top, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, "", err
	}
	root := strings.TrimSpace(string(top))
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	if _, err := git(root, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, "", fmt.Errorf("--new-from-rev %s: not a commit in %s", rev, root)
	}
	diff, err := git(root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--unified=0", rev, "--")
	if err != nil {
		return nil, "", err
	}
	l, err := parseDiff(root, diff)
	if err != nil {
		return nil, "", err
	}
	untracked, err := git(root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, "", err
	}
	for _, name := range strings.Split(string(untracked), "\x00") {
		if name != "" {
			l[filepath.Join(root, filepath.FromSlash(name))] = nil
		}
	}
	return l, root, nil
}

// parseDiff reads the new side of a unified diff with no context lines:
// the files after "+++ b/" and the line ranges of the hunk headers
// ("@@ -3,2 +5,4 @@": lines 5 to 8).
func parseDiff(root string, diff []byte) (Lines, error) {
	l := make(Lines)
	var file string
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				unq, err := strconv.Unquote(name)
				if err != nil {
					return nil, fmt.Errorf("git diff: file name %s: %v", name, err)
				}
				name = unq
			}
			file = ""
			if rest, ok := strings.CutPrefix(name, "b/"); ok {
				file = filepath.Join(root, filepath.FromSlash(rest))
				if l[file] == nil {
					l[file] = make(map[int]bool)
				}
			}
		case strings.HasPrefix(line, "@@ ") && file != "":
			start, n, err := hunkNew(line)
			if err != nil {
				return nil, err
			}
			for i := start; i < start+n; i++ {
				l[file][i] = true
			}
		}
	}
	return l, sc.Err()
}

// hunkNew returns the first line and the number of lines of a hunk's new
// side.
func hunkNew(header string) (start, n int, err error) {
	fields := strings.Fields(header)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, fmt.Errorf("git diff: bad hunk header %q", header)
	}
	r := strings.TrimPrefix(fields[2], "+")
	first, count, found := strings.Cut(r, ",")
	start, err = strconv.Atoi(first)
	if err != nil {
		return 0, 0, fmt.Errorf("git diff: bad hunk header %q", header)
	}
	n = 1
	if found {
		if n, err = strconv.Atoi(count); err != nil {
			return 0, 0, fmt.Errorf("git diff: bad hunk header %q", header)
		}
	}
	return start, n, nil
}

// git runs git in dir and returns its output; an error carries git's
// message.
func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out, nil
}
