// Package baseline records the findings a codebase has today, so that a
// team can turn boundcheck on without fixing them first, and hides them
// from later runs; and it keeps only the findings on lines changed since a
// git revision.
//
// A finding matches a baseline entry by analyzer, service, file and
// message, with the line and column numbers in the message taken out: an
// edit above a finding moves it without bringing it back, and renaming
// its file does. Entries are counted: two identical findings in one file
// need two entries, and a third one like them is new.
package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"

	"github.com/boundcheck/boundcheck/internal/atomicfile"
	"github.com/boundcheck/boundcheck/internal/findings"
)

// Version is the version of the file format this package writes and reads.
const Version = 1

// A File is a baseline file: the findings recorded, sorted.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// An Entry is one recorded finding, or several identical ones.
type Entry struct {
	Analyzer string `json:"analyzer"`
	Service  string `json:"service,omitempty"`
	// File is slash-separated, relative to the folder of the baseline
	// file, so the baseline means the same from any working directory.
	File    string `json:"file"`
	Message string `json:"message"` // line and column numbers taken out
	Count   int    `json:"count,omitempty"`
}

// count is the number of findings the entry stands for.
func (e Entry) count() int { return max(e.Count, 1) }

func (e Entry) key() Entry { e.Count = 0; return e }

// positions are the line (and column) numbers a message names: "at
// store.go:75", "main.go:33:54".
var positions = regexp.MustCompile(`(\.go):\d+(:\d+)?\b`)

// Normalize takes the line and column numbers out of a message.
func Normalize(msg string) string { return positions.ReplaceAllString(msg, "$1") }

// entry is the entry of finding f in a baseline file in folder dir.
func entry(dir string, f findings.Finding) Entry {
	return Entry{Analyzer: f.Analyzer, Service: f.Service, File: findings.RelPath(dir, f.Pos.Filename), Message: Normalize(f.Message)}
}

// Make returns the baseline of fs for a file in folder dir.
func Make(dir string, fs []findings.Finding) *File {
	counts := make(map[Entry]int)
	for _, f := range fs {
		counts[entry(dir, f)]++
	}
	b := &File{Version: Version, Findings: []Entry{}}
	for e, n := range counts {
		if n > 1 {
			e.Count = n
		}
		b.Findings = append(b.Findings, e)
	}
	slices.SortFunc(b.Findings, compare)
	return b
}

func compare(a, b Entry) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Analyzer, b.Analyzer), cmp.Compare(a.Service, b.Service), cmp.Compare(a.Message, b.Message))
}

// Read reads the baseline file at path. Errors name the file.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a boundcheck baseline: %v", path, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d; this boundcheck reads version %d", path, b.Version, Version)
	}
	for i, e := range b.Findings {
		if e.Analyzer == "" || e.File == "" || e.Message == "" || e.Count < 0 {
			return nil, fmt.Errorf("%s: entry %d: analyzer, file and message are required, and count may not be negative", path, i+1)
		}
	}
	return &b, nil
}

// Write writes b to path whole or not at all.
func Write(path string, b *File) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'))
}

// A Result is what applying a baseline leaves.
type Result struct {
	New    []findings.Finding // the findings the baseline does not hold
	Hidden int                // the findings it hides
	// Stale are the entries (with the count left over) that no finding
	// matched: the code no longer has them.
	Stale []Entry
	// Kept is the baseline without its stale entries, which --baseline-prune
	// writes.
	Kept *File
}

// Apply hides the findings of fs that b holds; dir is the baseline file's
// folder.
func Apply(b *File, dir string, fs []findings.Finding) Result {
	left := make(map[Entry]int)
	for _, e := range b.Findings {
		left[e.key()] += e.count()
	}
	used := make(map[Entry]int)
	var r Result
	for _, f := range fs {
		k := entry(dir, f)
		if left[k] > 0 {
			left[k]--
			used[k]++
			r.Hidden++
			continue
		}
		r.New = append(r.New, f)
	}
	r.Kept = &File{Version: Version, Findings: []Entry{}}
	for k, n := range used {
		if n > 1 {
			k.Count = n
		}
		r.Kept.Findings = append(r.Kept.Findings, k)
	}
	slices.SortFunc(r.Kept.Findings, compare)
	for k, n := range left {
		if n > 0 {
			if n > 1 {
				k.Count = n
			}
			r.Stale = append(r.Stale, k)
		}
	}
	slices.SortFunc(r.Stale, compare)
	return r
}
