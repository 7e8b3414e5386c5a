package graph

import (
	"reflect"
	"testing"

	"github.com/boundcheck/boundcheck/rules"
)

func TestServiceGroups(t *testing.T) {
	set := func(groups map[string]string, dirs map[string][]string) *rules.Set {
		s := &rules.Set{}
		for _, name := range []string{"fraud", "ledger", "orders"} {
			svc := &rules.Service{Name: name, Group: groups[name]}
			for _, d := range dirs[name] {
				path := "example.com/m/" + d
				svc.Packages = append(svc.Packages, path)
				s.Packages = append(s.Packages, &rules.PackageInfo{Path: path, Rel: d, Service: name})
			}
			s.Services = append(s.Services, svc)
		}
		return s
	}
	tests := []struct {
		name   string
		groups map[string]string
		dirs   map[string][]string
		want   map[string]string
	}{
		{
			name: "folders of folders",
			dirs: map[string][]string{
				"fraud":  {"payments/fraud", "payments/fraud/internal/score"},
				"ledger": {"payments/ledger/cmd", "payments/ledger/store"},
				"orders": {"shop/orders"},
			},
			want: map[string]string{"fraud": "payments", "ledger": "payments", "orders": "shop"},
		},
		{
			name: "one folder for all: no clusters",
			dirs: map[string][]string{"fraud": {"services/fraud"}, "ledger": {"services/ledger"}, "orders": {"services/orders"}},
			want: nil,
		},
		{
			name: "cmd and internal: no common folder",
			dirs: map[string][]string{"fraud": {"cmd/fraud", "internal/fraud"}, "ledger": {"payments/ledger"}, "orders": {"shop/orders"}},
			want: map[string]string{"ledger": "payments", "orders": "shop"},
		},
		{
			name:   "the config decides alone",
			groups: map[string]string{"orders": "sales"},
			dirs:   map[string][]string{"fraud": {"payments/fraud"}, "ledger": {"payments/ledger"}, "orders": {"shop/orders"}},
			want:   map[string]string{"orders": "sales"},
		},
	}
	for _, tt := range tests {
		if got := serviceGroups(set(tt.groups, tt.dirs)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
