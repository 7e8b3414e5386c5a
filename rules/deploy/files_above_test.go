package deploy

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFilesAbove checks that FilesAbove lists the files of the folders above
// the root up to the repository's top and of their deployment folders, and
// none of the root's own or of other folders above.
func TestFilesAbove(t *testing.T) {
	top := t.TempDir()
	for _, name := range []string{".git/HEAD", "docker-compose.yml", "k8s/orders.yaml", "docs/notes.yaml", "svc/go.mod", "svc/compose.yaml"} {
		p := filepath.Join(top, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x: 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, f := range FilesAbove(filepath.Join(top, "svc")) {
		rel, _ := filepath.Rel(top, f)
		got = append(got, filepath.ToSlash(rel))
	}
	slices.Sort(got)
	if want := []string{"docker-compose.yml", "k8s/orders.yaml"}; !slices.Equal(got, want) {
		t.Errorf("FilesAbove = %q, want %q", got, want)
	}
}
