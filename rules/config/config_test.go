package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// cfgDesignExample is the config example of DESIGN.md, "Config file",
// without its comments, its group and its notimeout setting.
const cfgDesignExample = `version: 1
services:
  orders:
    packages: ["./services/orders/...", "./cmd/orders"]
    api: ["./services/orders/api/..."]
    hosts: ["orders", "orders-svc"]
    owns:
      tables: ["orders", "order_items"]
shared: ["./pkg/...", "./gen/..."]
ignore: ["./tools/..."]
rules:
  syncchain:
    max-depth: 3
`

// testChecks are the checks the config tests decode against: the decoder
// knows no check of its own. fanout is made up, to have a setting of each
// kind.
var testChecks = []CheckSpec{
	{Name: "crossimport"},
	{Name: "fanout", Settings: []*Setting{
		{Name: "strict", Kind: BoolSetting, Default: false},
		{Name: "mode", Kind: StringSetting, Default: "flat"},
	}},
	{Name: "notimeout"},
	{Name: "syncchain", Settings: []*Setting{{Name: "max-depth", Kind: IntSetting, Default: 3, Min: 1}}},
}

func TestPosString(t *testing.T) {
	tests := []struct {
		pos  Pos
		want string
	}{
		{Pos{File: "boundcheck.yaml", Line: 3, Col: 5}, "boundcheck.yaml:3:5"},
		{Pos{File: "boundcheck.yaml", Line: 3}, "boundcheck.yaml:3"},
		{Pos{File: "boundcheck.yaml"}, "boundcheck.yaml"},
		{Pos{File: "dir/.boundcheck.yaml", Line: 12, Col: 1}, "dir/.boundcheck.yaml:12:1"},
	}
	for _, tt := range tests {
		if got := tt.pos.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.pos, got, tt.want)
		}
	}
}

func TestConfigErrorsError(t *testing.T) {
	errs := ConfigErrors{
		{Pos: Pos{File: "b.yaml", Line: 1, Col: 2}, Msg: "first"},
		{Pos: Pos{File: "b.yaml", Line: 4, Col: 1}, Msg: "second"},
	}
	want := "b.yaml:1:2: first\nb.yaml:4:1: second"
	if got := errs.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	var one *ConfigError
	if !errors.As(error(errs), &one) || one.Msg != "first" {
		t.Errorf("errors.As(ConfigErrors, *ConfigError) = %v, want the first error", one)
	}
}

func TestDecodeConfigDesignExample(t *testing.T) {
	const file = "boundcheck.yaml"
	at := func(line, col int) Pos { return Pos{File: file, Line: line, Col: col} }
	want := &Config{
		File:    file,
		Version: 1,
		Services: []*ServiceConfig{{
			Name: "orders",
			Pos:  at(3, 3),
			Packages: []Pattern{
				{Text: "./services/orders/...", Pos: at(4, 16)},
				{Text: "./cmd/orders", Pos: at(4, 41)},
			},
			API:   []Pattern{{Text: "./services/orders/api/...", Pos: at(5, 11)}},
			Hosts: []string{"orders", "orders-svc"},
			Owns:  Owns{Tables: []string{"orders", "order_items"}},
		}},
		Shared: []Pattern{
			{Text: "./pkg/...", Pos: at(9, 10)},
			{Text: "./gen/...", Pos: at(9, 23)},
		},
		Ignore: []Pattern{{Text: "./tools/...", Pos: at(10, 10)}},
		Rules:  RulesConfig{Settings: map[string]map[string]any{"syncchain": {"max-depth": 3}}},
	}
	got, err := DecodeConfig(file, []byte(cfgDesignExample), testChecks)
	if err != nil {
		t.Fatalf("DecodeConfig: %v", err)
	}
	cfgCompare(t, got, want)
}

func TestDecodeConfigValid(t *testing.T) {
	const file = "b.yaml"
	at := func(line, col int) Pos { return Pos{File: file, Line: line, Col: col} }
	empty := &Config{File: file, Version: 1}
	tests := []struct {
		name string
		src  string
		want *Config
	}{
		{"empty file", "", empty},
		{"comments only", "# boundcheck config\n\n# nothing yet\n", empty},
		{"document marker only", "---\n", empty},
		{"null document", "~\n", empty},
		{"version only", "version: 1\n", empty},
		{"empty sections", "services:\nshared:\nignore: []\nrules: {}\n", empty},
		{
			name: "rules settings",
			src: `rules:
  syncchain:
    max-depth: 5
    enabled: true
  notimeout:
    enabled: false
  fanout: {enabled: false, strict: true, mode: deep}
  crossimport: {}
`,
			want: &Config{File: file, Version: 1, Rules: RulesConfig{
				Disabled: map[string]bool{"notimeout": true, "fanout": true},
				Settings: map[string]map[string]any{
					"syncchain": {"max-depth": 5},
					"fanout":    {"strict": true, "mode": "deep"},
				},
			}},
		},
		{
			name: "all owns kinds, dot and whole-tree patterns, service order kept",
			src: `services:
  zeta:
    packages: [".", "./..."]
    owns:
      databases: [zeta_db]
      tables: [zeta]
      collections: [events]
  alpha.v2_x-y:
    packages:
      - ./svc/alpha
    hosts: [alpha.v2_x-y, alpha]
    group: payments
`,
			want: &Config{File: file, Version: 1, Services: []*ServiceConfig{
				{
					Name:     "zeta",
					Pos:      at(2, 3),
					Packages: []Pattern{{Text: ".", Pos: at(3, 16)}, {Text: "./...", Pos: at(3, 21)}},
					Owns:     Owns{Databases: []string{"zeta_db"}, Tables: []string{"zeta"}, Collections: []string{"events"}},
				},
				{
					Name:     "alpha.v2_x-y",
					Pos:      at(8, 3),
					Packages: []Pattern{{Text: "./svc/alpha", Pos: at(10, 9)}},
					Hosts:    []string{"alpha.v2_x-y", "alpha"},
					Group:    "payments",
				},
			}},
		},
		{
			name: "aliases",
			src: `shared: &libs ["./pkg/..."]
ignore: *libs
`,
			want: &Config{File: file, Version: 1,
				Shared: []Pattern{{Text: "./pkg/...", Pos: at(1, 16)}},
				Ignore: []Pattern{{Text: "./pkg/...", Pos: at(1, 16)}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeConfig(file, []byte(tt.src), testChecks)
			if err != nil {
				t.Fatalf("DecodeConfig: %v", err)
			}
			cfgCompare(t, got, tt.want)
		})
	}
}

func TestDecodeConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the whole error text, file "boundcheck.yaml"
	}{
		// top level
		{
			"unknown top-level key",
			"servces: {}\n",
			`boundcheck.yaml:1:1: unknown key "servces" in config; valid keys: version, services, shared, ignore, rules`,
		},
		{
			"top level is a list",
			"- a\n- b\n",
			`boundcheck.yaml:1:1: config: expected a mapping with keys version, services, shared, ignore, rules, found a list`,
		},
		{
			"top level is a string",
			"just words\n",
			`boundcheck.yaml:1:1: config: expected a mapping with keys version, services, shared, ignore, rules, found a string`,
		},
		{
			"duplicate top-level key",
			"shared: [./a]\nshared: [./b]\n",
			`boundcheck.yaml:2:1: duplicate key "shared" in config; first at line 1`,
		},
		{
			"non-string key",
			"? [a]\n: 1\n",
			`boundcheck.yaml:1:3: config: expected a string key, found a list`,
		},
		{
			"two documents",
			"version: 1\n---\nversion: 1\n",
			`boundcheck.yaml:2:1: config file holds more than one yaml document; keep one`,
		},

		// version
		{"version 2", "version: 2\n", `boundcheck.yaml:1:10: version: unsupported version 2; this boundcheck reads version 1`},
		{"version 0", "version: 0\n", `boundcheck.yaml:1:10: version: unsupported version 0; this boundcheck reads version 1`},
		{"version word", "version: one\n", `boundcheck.yaml:1:10: version: expected 1, found a string`},
		{"version quoted", "version: \"1\"\n", `boundcheck.yaml:1:10: version: expected 1, found a string`},
		{"version float", "version: 1.0\n", `boundcheck.yaml:1:10: version: expected 1, found a number`},
		{"version empty", "version:\n", `boundcheck.yaml:1:9: version: expected 1, found nothing`},

		// services
		{
			"services is a list",
			"services: [orders]\n",
			`boundcheck.yaml:1:11: services: expected a mapping from service name to service, found a list`,
		},
		{
			"service is a list",
			"services:\n  orders: [./x]\n",
			`boundcheck.yaml:2:11: services.orders: expected a mapping with keys packages, api, hosts, owns, group, found a list`,
		},
		{
			"service listed twice",
			"services:\n  orders:\n    packages: [./a]\n  billing:\n    packages: [./b]\n  orders:\n    packages: [./c]\n",
			`boundcheck.yaml:6:3: service "orders" listed twice; first at line 2`,
		},
		{
			"service name with a space",
			"services:\n  my svc:\n    packages: [./a]\n",
			`boundcheck.yaml:2:3: invalid service name "my svc"; use letters, digits, '.', '_' and '-', starting with a letter or digit`,
		},
		{
			"service name starting with a dash",
			"services:\n  -orders:\n    packages: [./a]\n",
			`boundcheck.yaml:2:3: invalid service name "-orders"; use letters, digits, '.', '_' and '-', starting with a letter or digit`,
		},
		{
			"service name with a slash",
			"services:\n  shop/orders:\n    packages: [./a]\n",
			`boundcheck.yaml:2:3: invalid service name "shop/orders"; use letters, digits, '.', '_' and '-', starting with a letter or digit`,
		},
		{
			"unknown service key",
			"services:\n  orders:\n    packages: [./a]\n    packges: [./b]\n",
			`boundcheck.yaml:4:5: unknown key "packges" in services.orders; valid keys: packages, api, hosts, owns, group`,
		},
		{
			"duplicate service key",
			"services:\n  orders:\n    packages: [./a]\n    packages: [./b]\n",
			`boundcheck.yaml:4:5: duplicate key "packages" in services.orders; first at line 3`,
		},
		{
			"packages missing",
			"services:\n  orders:\n    api: [./x]\n",
			`boundcheck.yaml:2:3: services.orders: missing packages; list the service's package patterns, e.g. packages: ["./services/orders/..."]`,
		},
		{
			"service empty",
			"services:\n  orders:\n",
			`boundcheck.yaml:2:3: services.orders: missing packages; list the service's package patterns, e.g. packages: ["./services/orders/..."]`,
		},
		{
			"packages empty list",
			"services:\n  orders:\n    packages: []\n",
			`boundcheck.yaml:3:15: services.orders.packages: no package patterns; list at least one, e.g. packages: ["./services/orders/..."]`,
		},
		{
			"packages null",
			"services:\n  orders:\n    packages:\n",
			`boundcheck.yaml:3:14: services.orders.packages: no package patterns; list at least one, e.g. packages: ["./services/orders/..."]`,
		},
		{
			"packages is a mapping",
			"services:\n  orders:\n    packages: {a: 1}\n",
			`boundcheck.yaml:3:15: services.orders.packages: expected a list of strings, found a mapping`,
		},
		{
			"packages is a string",
			"services:\n  orders:\n    packages: ./services/orders/...\n",
			`boundcheck.yaml:3:15: services.orders.packages: expected a list of strings, found a string`,
		},
		{
			"package items of wrong types",
			"services:\n  orders:\n    packages: [./a, [x], ~, {b: c}]\n",
			"boundcheck.yaml:3:21: services.orders.packages[1]: expected a string, found a list\n" +
				"boundcheck.yaml:3:26: services.orders.packages[2]: expected a string, found nothing\n" +
				"boundcheck.yaml:3:29: services.orders.packages[3]: expected a string, found a mapping",
		},
		{
			"api is a mapping",
			"services:\n  orders:\n    packages: [./a]\n    api: {x: y}\n",
			`boundcheck.yaml:4:10: services.orders.api: expected a list of strings, found a mapping`,
		},
		{
			"hosts is a string",
			"services:\n  orders:\n    packages: [./a]\n    hosts: orders-svc\n",
			`boundcheck.yaml:4:12: services.orders.hosts: expected a list of strings, found a string`,
		},
		{
			"empty host",
			"services:\n  orders:\n    packages: [./a]\n    hosts: [\"\"]\n",
			`boundcheck.yaml:4:13: services.orders.hosts[0]: empty host name`,
		},
		{
			"group is a list",
			"services:\n  orders:\n    packages: [./a]\n    group: [a]\n",
			`boundcheck.yaml:4:12: services.orders.group: expected a non-empty string, found a list`,
		},
		{
			"owns is a list",
			"services:\n  orders:\n    packages: [./a]\n    owns: [orders]\n",
			`boundcheck.yaml:4:11: services.orders.owns: expected a mapping with keys databases, tables, collections, found a list`,
		},
		{
			"unknown owns key",
			"services:\n  orders:\n    packages: [./a]\n    owns:\n      topics: [x]\n",
			`boundcheck.yaml:5:7: unknown key "topics" in services.orders.owns; valid keys: databases, tables, collections`,
		},
		{
			"owns tables is a string",
			"services:\n  orders:\n    packages: [./a]\n    owns:\n      tables: orders\n",
			`boundcheck.yaml:5:15: services.orders.owns.tables: expected a list of strings, found a string`,
		},
		{
			"owns databases is a mapping",
			"services:\n  orders:\n    packages: [./a]\n    owns:\n      databases: {a: b}\n",
			`boundcheck.yaml:5:18: services.orders.owns.databases: expected a list of strings, found a mapping`,
		},
		{
			"owns collections item is a list",
			"services:\n  orders:\n    packages: [./a]\n    owns:\n      collections: [[a]]\n",
			`boundcheck.yaml:5:21: services.orders.owns.collections[0]: expected a string, found a list`,
		},
		{
			"empty table name",
			"services:\n  orders:\n    packages: [./a]\n    owns:\n      tables: [orders, '']\n",
			`boundcheck.yaml:5:24: services.orders.owns.tables[1]: empty table name`,
		},
		{
			"table owned by two services",
			"services:\n  orders:\n    packages: [./a]\n    owns: {tables: [orders]}\n  billing:\n    packages: [./b]\n    owns: {tables: [invoices, orders]}\n",
			`boundcheck.yaml:7:31: services.billing.owns.tables[1]: table "orders" is also owned by service orders at line 4; a datastore has one owner`,
		},
		{
			"duplicate owns key",
			"services:\n  orders:\n    packages: [./a]\n    owns:\n      databases: [orders_db]\n      tables: [orders_db]\n      collections: [x]\n      databases: [orders_db]\n",
			`boundcheck.yaml:8:7: duplicate key "databases" in services.orders.owns; first at line 5`,
		},
		{
			"collection listed twice by one service",
			"services:\n  orders:\n    packages: [./a]\n    owns:\n      collections: [events, events]\n",
			`boundcheck.yaml:5:29: services.orders.owns.collections[1]: collection "events" listed twice; first at line 5`,
		},
		{
			"owns aliased into a second service",
			"services:\n  a:\n    packages: [./a]\n    owns: &o {databases: [x]}\n  b:\n    packages: [./b]\n    owns: *o\n",
			`boundcheck.yaml:4:27: services.b.owns.databases[0]: database "x" is also owned by service a at line 4; a datastore has one owner`,
		},
		{
			"host of two services",
			"services:\n  orders:\n    packages: [./a]\n    hosts: [shop]\n  billing:\n    packages: [./b]\n    hosts: [shop]\n",
			`boundcheck.yaml:7:13: services.billing.hosts[0]: host "shop" is also a host of service orders at line 4; a host reaches one service`,
		},
		{
			"host naming another service",
			"services:\n  orders:\n    packages: [./a]\n    hosts: [billing]\n  billing:\n    packages: [./b]\n",
			`boundcheck.yaml:4:13: services.orders.hosts[0]: host "billing" is the name of service billing; a host reaches one service`,
		},

		// shared, ignore
		{"shared is a string", "shared: ./pkg/...\n", `boundcheck.yaml:1:9: shared: expected a list of strings, found a string`},
		{"ignore is a mapping", "ignore: {a: b}\n", `boundcheck.yaml:1:9: ignore: expected a list of strings, found a mapping`},
		{
			"pattern after an item of the wrong type",
			"shared: [[./x], pkg]\n",
			"boundcheck.yaml:1:10: shared[0]: expected a string, found a list\n" +
				`boundcheck.yaml:1:17: shared[1]: pattern "pkg" must start with "./"; write "./pkg"`,
		},
		{"ignore item is a number", "ignore: [./a, 3]\n", `boundcheck.yaml:1:15: ignore[1]: pattern "3" must start with "./"; write "./3"`},

		// patterns
		{"empty pattern", "shared: ['']\n", `boundcheck.yaml:1:10: shared[0]: empty pattern; write "." for the config file's directory`},
		{"pattern without ./", "shared: [pkg/...]\n", `boundcheck.yaml:1:10: shared[0]: pattern "pkg/..." must start with "./"; write "./pkg/..."`},
		{"pattern ... alone", "shared: [...]\n", `boundcheck.yaml:1:10: shared[0]: pattern "..." must start with "./"; write "./..."`},
		{"absolute pattern", "shared: [/src/pkg]\n", `boundcheck.yaml:1:10: shared[0]: pattern "/src/pkg" is absolute; write it relative to the config file's directory, starting with "./"`},
		{"windows absolute pattern", "shared: ['C:/src/pkg']\n", `boundcheck.yaml:1:10: shared[0]: pattern "C:/src/pkg" is absolute; write it relative to the config file's directory, starting with "./"`},
		{"backslash pattern", `shared: ['.\pkg']` + "\n", `boundcheck.yaml:1:10: shared[0]: pattern ".\\pkg" contains a backslash; separate path elements with "/"`},
		{"parent pattern", "shared: [../lib]\n", `boundcheck.yaml:1:10: shared[0]: pattern "../lib" leaves the config file's directory; patterns cover the config file's directory and below`},
		{"parent inside pattern", "shared: [./a/../../lib/...]\n", `boundcheck.yaml:1:10: shared[0]: pattern "./a/../../lib/..." leaves the config file's directory; patterns cover the config file's directory and below`},
		{"wildcard in the middle", "shared: [./a/.../b]\n", `boundcheck.yaml:1:10: shared[0]: pattern "./a/.../b" has "..." in the middle; "..." is allowed only as a final "/..."`},
		{"wildcard glued to a name", "shared: [./a...]\n", `boundcheck.yaml:1:10: shared[0]: pattern "./a..." has "..." in the middle; "..." is allowed only as a final "/..."`},
		{"double slash", "shared: [./a//b/...]\n", `boundcheck.yaml:1:10: shared[0]: pattern "./a//b/..." is not clean; write "./a/b/..."`},
		{"trailing slash", "shared: [./a/]\n", `boundcheck.yaml:1:10: shared[0]: pattern "./a/" is not clean; write "./a"`},
		{"dot element", "shared: [./a/./b]\n", `boundcheck.yaml:1:10: shared[0]: pattern "./a/./b" is not clean; write "./a/b"`},
		{"dot slash alone", "shared: [./]\n", `boundcheck.yaml:1:10: shared[0]: pattern "./" is not clean; write "."`},
		{
			"bad api pattern",
			"services:\n  orders:\n    packages: [./a]\n    api: [api/...]\n",
			`boundcheck.yaml:4:11: services.orders.api[0]: pattern "api/..." must start with "./"; write "./api/..."`,
		},

		// rules
		{
			"rules is a list",
			"rules: [notimeout]\n",
			`boundcheck.yaml:1:8: rules: expected a mapping from analyzer name to its settings, found a list`,
		},
		{
			"unknown analyzer",
			"rules:\n  notimout: {enabled: false}\n",
			`boundcheck.yaml:2:3: unknown analyzer "notimout" in rules; valid analyzers: crossimport, fanout, notimeout, syncchain`,
		},
		{
			"duplicate analyzer",
			"rules:\n  notimeout:\n    enabled: false\n  notimeout: {}\n",
			`boundcheck.yaml:4:3: duplicate key "notimeout" in rules; first at line 2`,
		},
		{
			"analyzer is a boolean",
			"rules:\n  notimeout: false\n",
			`boundcheck.yaml:2:14: rules.notimeout: expected a mapping, found a boolean; write notimeout: {enabled: false}`,
		},
		{
			"analyzer is a list",
			"rules:\n  syncchain: [3]\n",
			`boundcheck.yaml:2:14: rules.syncchain: expected a mapping with keys enabled, max-depth, found a list`,
		},
		{
			"unknown analyzer key",
			"rules:\n  crossimport:\n    enable: false\n",
			`boundcheck.yaml:3:5: unknown key "enable" in rules.crossimport; valid keys: enabled`,
		},
		{
			"max-depth on another analyzer",
			"rules:\n  notimeout:\n    max-depth: 2\n",
			`boundcheck.yaml:3:5: unknown key "max-depth" in rules.notimeout; valid keys: enabled`,
		},
		{
			"enabled is a word",
			"rules:\n  crossimport:\n    enabled: no\n",
			`boundcheck.yaml:3:14: rules.crossimport.enabled: expected true or false, found a string`,
		},
		{
			"enabled is a number",
			"rules:\n  notimeout:\n    enabled: 0\n",
			`boundcheck.yaml:3:14: rules.notimeout.enabled: expected true or false, found an integer`,
		},
		{
			"max-depth word",
			"rules:\n  syncchain:\n    max-depth: three\n",
			`boundcheck.yaml:3:16: rules.syncchain.max-depth: expected an integer, found a string`,
		},
		{
			"bool setting is a string",
			"rules:\n  fanout:\n    strict: yes please\n",
			`boundcheck.yaml:3:13: rules.fanout.strict: expected true or false, found a string`,
		},
		{
			"string setting is a list",
			"rules:\n  fanout:\n    mode: [deep]\n",
			`boundcheck.yaml:3:11: rules.fanout.mode: expected a non-empty string, found a list`,
		},
		{
			"max-depth zero",
			"rules:\n  syncchain:\n    max-depth: 0\n",
			`boundcheck.yaml:3:16: rules.syncchain.max-depth: must be at least 1, found 0`,
		},
		{
			"max-depth negative",
			"rules:\n  syncchain:\n    max-depth: -2\n",
			`boundcheck.yaml:3:16: rules.syncchain.max-depth: must be at least 1, found -2`,
		},
		{
			"max-depth list",
			"rules:\n  syncchain:\n    max-depth: [3]\n",
			`boundcheck.yaml:3:16: rules.syncchain.max-depth: expected an integer, found a list`,
		},

		// yaml syntax
		{"syntax error on line 1", "a: b: c\n", `boundcheck.yaml:1: yaml syntax error: mapping values are not allowed in this context`},
		{"tab indentation", "services:\n\torders: {}\n", `boundcheck.yaml:2: yaml syntax error: found character that cannot start any token`},
		// Inside a collection that does not start on line 1, yaml.v3 names
		// the line where the collection starts.
		{"unclosed flow", "shared: [./a\n\nrules: {}\n", `boundcheck.yaml:3: yaml syntax error: did not find expected ',' or ']'`},
		{"unclosed flow at the end", "version: 1\nshared: [./a\n", `boundcheck.yaml:2: yaml syntax error: did not find expected ',' or ']'`},
		{"bad indentation", "services:\n  orders:\n    packages: [./a]\n   api: [./b]\n", `boundcheck.yaml:2: yaml syntax error: did not find expected key`},
		{"mapping value after scalar", "version: 1\nshared: ./a\n  ignore: [./b]\n", `boundcheck.yaml:3: yaml syntax error: mapping values are not allowed in this context`},
		{"control character", "version: 1\nshared: [\x01]\n", `boundcheck.yaml:2:10: yaml syntax error: control characters are not allowed`},
		{"c1 control character", "version: 1\nshared: [\"é\u0090\"]\n", `boundcheck.yaml:2:12: yaml syntax error: control characters are not allowed`},
		{"invalid utf-8", "version: 1\nshared: [\"\xff\"]\n", `boundcheck.yaml:2:11: yaml syntax error: invalid leading UTF-8 octet`},
		{"unknown anchor", "shared: *libs\n", `boundcheck.yaml: yaml syntax error: unknown anchor 'libs' referenced`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := DecodeConfig("boundcheck.yaml", []byte(tt.src), testChecks)
			if err == nil {
				t.Fatalf("DecodeConfig succeeded with %+v, want error:\n%s", cfg, tt.want)
			}
			if cfg != nil {
				t.Errorf("DecodeConfig returned a config with its error")
			}
			var errs ConfigErrors
			if !errors.As(err, &errs) {
				t.Fatalf("error is %T, want ConfigErrors", err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestDecodeConfigAllErrors checks that decoding goes on after a problem and
// that the problems come back sorted by position.
func TestDecodeConfigAllErrors(t *testing.T) {
	src := `version: 2
services:
  orders:
    packages: [services/orders]
    owns: {tables: orders}
  bad name:
    packages: [./x]
rules:
  syncchain: {max-depth: 0}
servces: {}
---
version: 1
`
	want := []string{
		`b.yaml:1:10: version: unsupported version 2; this boundcheck reads version 1`,
		`b.yaml:4:16: services.orders.packages[0]: pattern "services/orders" must start with "./"; write "./services/orders"`,
		`b.yaml:5:20: services.orders.owns.tables: expected a list of strings, found a string`,
		`b.yaml:6:3: invalid service name "bad name"; use letters, digits, '.', '_' and '-', starting with a letter or digit`,
		`b.yaml:9:26: rules.syncchain.max-depth: must be at least 1, found 0`,
		`b.yaml:10:1: unknown key "servces" in config; valid keys: version, services, shared, ignore, rules`,
		`b.yaml:11:1: config file holds more than one yaml document; keep one`,
	}
	_, err := DecodeConfig("b.yaml", []byte(src), testChecks)
	var errs ConfigErrors
	if !errors.As(err, &errs) {
		t.Fatalf("DecodeConfig error = %v, want ConfigErrors", err)
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
		if e.Pos.File != "b.yaml" {
			t.Errorf("%v: Pos.File = %q, want b.yaml", e, e.Pos.File)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadConfig(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "boundcheck.yaml")
	cfgWriteFile(t, good, cfgDesignExample)
	cfg, err := LoadConfig(good, testChecks)
	if err != nil {
		t.Fatalf("LoadConfig(%s): %v", good, err)
	}
	if cfg.File != good || len(cfg.Services) != 1 || cfg.Services[0].Pos.File != good {
		t.Errorf("LoadConfig(%s) = %+v; want File and positions naming the file", good, cfg)
	}

	bad := filepath.Join(dir, ".boundcheck.yaml")
	cfgWriteFile(t, bad, "version: 1\nservces: {}\n")
	_, err = LoadConfig(bad, testChecks)
	if err == nil || !strings.HasPrefix(err.Error(), bad+":2:1: unknown key") {
		t.Errorf("LoadConfig(%s) error = %v, want it at %s:2:1", bad, err, bad)
	}

	missing := filepath.Join(dir, "nope.yaml")
	_, err = LoadConfig(missing, testChecks)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("LoadConfig(%s) error = %v, want a not-exist error naming the file", missing, err)
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	// A directory with a config file's name is not a config file.
	if err := os.Mkdir(filepath.Join(root, "a", "b", "c", "boundcheck.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	in := func(parts ...string) string { return filepath.Join(append([]string{root}, parts...)...) }

	check := func(dir, stop, want string) {
		t.Helper()
		got, err := FindConfig(dir, stop)
		if err != nil {
			t.Errorf("FindConfig(%s, %s): %v", dir, stop, err)
		} else if got != want {
			t.Errorf("FindConfig(%s, %s) = %q, want %q", dir, stop, got, want)
		}
	}

	check(deep, root, "")
	check(root, root, "")

	cfgWriteFile(t, in("boundcheck.yaml"), "")
	check(deep, root, in("boundcheck.yaml"))
	check(root, root, in("boundcheck.yaml"))
	check(deep, in("a"), "")    // stop is respected
	check(deep, deep, "")       // stop equal to dir
	check(in("a"), in("a"), "") // config above stop

	cfgWriteFile(t, in("a", ".boundcheck.yaml"), "")
	check(deep, root, in("a", ".boundcheck.yaml")) // nearest wins
	check(deep, in("a"), in("a", ".boundcheck.yaml"))
	check(in("a"), in("a"), in("a", ".boundcheck.yaml"))

	cfgWriteFile(t, in("a", "b", "boundcheck.yaml"), "")
	check(deep, root, in("a", "b", "boundcheck.yaml"))

	// Both names in one directory.
	cfgWriteFile(t, in("a", "b", ".boundcheck.yaml"), "")
	_, err := FindConfig(deep, root)
	if err == nil || !strings.Contains(err.Error(), in("a", "b", "boundcheck.yaml")) || !strings.Contains(err.Error(), in("a", "b", ".boundcheck.yaml")) {
		t.Errorf("FindConfig with both names = %v, want an error naming both files", err)
	}

	// dir outside stop.
	if _, err := FindConfig(root, deep); err == nil {
		t.Errorf("FindConfig(%s, %s) succeeded, want an error: dir is not inside stop", root, deep)
	}
	if _, err := FindConfig(in("a2"), in("a")); err == nil {
		t.Errorf("FindConfig(%s, %s) succeeded, want an error: a2 is not inside a", in("a2"), in("a"))
	}
}

func TestFindConfigRelative(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "x", "y"), 0o755); err != nil {
		t.Fatal(err)
	}
	cfgWriteFile(t, filepath.Join(root, "x", ".boundcheck.yaml"), "")
	t.Chdir(root)
	got, err := FindConfig(filepath.Join("x", "y"), ".")
	if err != nil {
		t.Fatal(err)
	}
	// t.TempDir may sit behind a symbolic link; compare the files themselves.
	want := filepath.Join(root, "x", ".boundcheck.yaml")
	gi, err1 := os.Stat(got)
	wi, err2 := os.Stat(want)
	if !filepath.IsAbs(got) || err1 != nil || err2 != nil || !os.SameFile(gi, wi) {
		t.Errorf("FindConfig(x/y, .) = %q, want %q", got, want)
	}
}

// cfgCompare reports the differences between got and want.
func cfgCompare(t *testing.T, got, want *Config) {
	t.Helper()
	if len(got.Services) != len(want.Services) {
		t.Errorf("got %d services, want %d", len(got.Services), len(want.Services))
	}
	for i := range min(len(got.Services), len(want.Services)) {
		if !reflect.DeepEqual(got.Services[i], want.Services[i]) {
			t.Errorf("service %d:\n got %+v\nwant %+v", i, *got.Services[i], *want.Services[i])
		}
	}
	g, w := *got, *want
	g.Services, w.Services = nil, nil
	if !reflect.DeepEqual(g, w) {
		t.Errorf("config:\n got %+v\nwant %+v", g, w)
	}
}

func cfgWriteFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
