package catalog

import "testing"

func TestMicroPackage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ path, want string }{
		{"github.com/micro/go-micro", "github.com/micro/go-micro"},
		{"github.com/micro/go-micro/client", "github.com/micro/go-micro"},
		{"github.com/micro/go-micro/v2/client", "github.com/micro/go-micro/v2"},
		{"github.com/micro/go-micro/v2", "github.com/micro/go-micro/v2"},
		{"go-micro.dev/v4/server", "go-micro.dev/v4"},
		{"github.com/asim/go-micro/v3", "github.com/asim/go-micro/v3"},
		{"github.com/micro/go-microscope", ""},
		{"github.com/micro/micro/v2", ""},
	} {
		if got := MicroPackage(tc.path); got != tc.want {
			t.Errorf("MicroPackage(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}
