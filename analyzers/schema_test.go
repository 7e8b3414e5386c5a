package analyzers_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/rules/config"
)

const schemaFile = "../boundcheck.schema.json"

// TestSchemaFile keeps the JSON Schema in the repository's root equal to
// what config.Schema makes from the decoder's keys and the registry's
// checks (go test ./analyzers -update rewrites it).
func TestSchemaFile(t *testing.T) {
	want := config.Schema(analyzers.Specs())
	if *update {
		if err := os.WriteFile(schemaFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date; run go test ./analyzers -run TestSchemaFile -update", filepath.Base(schemaFile))
	}
}

// TestSchemaAgreesWithDecoder validates config files against the schema
// and decodes them, and wants the same verdict from both on each: the
// valid ones, and the invalid ones whose fault is the file's shape (an
// unknown key, a wrong type, a missing packages list, a setting out of
// range), which is what a schema can say.
func TestSchemaAgreesWithDecoder(t *testing.T) {
	var doc any
	if err := json.Unmarshal(config.Schema(analyzers.Specs()), &doc); err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, yaml string
		valid      bool
	}{
		{"minimal", "services:\n  orders:\n    packages: [\"./services/orders/...\"]\n", true},
		{"full", `version: 1
services:
  orders:
    packages: ["./services/orders/...", "./cmd/orders"]
    api: ["./services/orders/api/..."]
    hosts: ["orders", "orders-svc"]
    owns:
      tables: ["orders", "order_items"]
      databases: ["orders_db"]
    group: checkout
  billing:
    packages: ["./services/billing/..."]
    owns:
shared: ["./pkg/...", "./gen/..."]
ignore: ["./tools/..."]
rules:
  syncchain:
    max-depth: 4
  notimeout:
    enabled: false
  crossimport:
`, true},
		{"unknown top key", "services:\n  a:\n    packages: [\".\"]\nrule: {}\n", false},
		{"unknown service key", "services:\n  a:\n    packages: [\".\"]\n    package: [\".\"]\n", false},
		{"missing packages", "services:\n  a:\n    hosts: [a]\n", false},
		{"empty packages", "services:\n  a:\n    packages: []\n", false},
		{"null service", "services:\n  a:\n", false},
		{"packages not a list", "services:\n  a:\n    packages: ./a\n", false},
		{"pattern not relative", "services:\n  a:\n    packages: [\"services/a\"]\n", false},
		{"bad service name", "services:\n  \"a b\":\n    packages: [\".\"]\n", false},
		{"wrong version", "version: 2\nservices:\n  a:\n    packages: [\".\"]\n", false},
		{"unknown check", "services:\n  a:\n    packages: [\".\"]\nrules:\n  nosuchcheck: {enabled: false}\n", false},
		{"unknown setting", "services:\n  a:\n    packages: [\".\"]\nrules:\n  syncchain: {depth: 3}\n", false},
		{"setting out of range", "services:\n  a:\n    packages: [\".\"]\nrules:\n  syncchain: {max-depth: 0}\n", false},
		{"setting of the wrong type", "services:\n  a:\n    packages: [\".\"]\nrules:\n  syncchain: {max-depth: three}\n", false},
		{"enabled not a bool", "services:\n  a:\n    packages: [\".\"]\nrules:\n  notimeout: {enabled: \"no\"}\n", false},
		{"no services", "version: 1\n", false},
		{"owns of the wrong shape", "services:\n  a:\n    packages: [\".\"]\n    owns: [orders]\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, decodeErr := config.DecodeConfig("boundcheck.yaml", []byte(tt.yaml), analyzers.Specs())
			if tt.name == "no services" {
				decodeErr = config.NoServices("boundcheck.yaml", []byte(tt.yaml)) // what rules.Load reports
			}
			var v any
			if err := yaml.Unmarshal([]byte(tt.yaml), &v); err != nil {
				t.Fatal(err)
			}
			schemaErr := sch.Validate(jsonValue(v))
			if (decodeErr == nil) != tt.valid || (schemaErr == nil) != tt.valid {
				t.Errorf("want valid=%v; decoder: %v; schema: %v", tt.valid, decodeErr, oneLine(schemaErr))
			}
		})
	}
}

// jsonValue turns what yaml.v3 decodes into the values encoding/json
// would: maps with string keys, float64 numbers.
func jsonValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = jsonValue(e)
		}
	case []any:
		for i, e := range x {
			x[i] = jsonValue(e)
		}
	case int:
		return json.Number(strconv.Itoa(x))
	}
	return v
}

func oneLine(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}
