package config

import (
	"encoding/json"
)

// SchemaURL is where the JSON Schema of the config file is published: the
// copy in the repository's root, which TestSchemaFile keeps equal to
// Schema's output. `boundcheck init` names it in the file it writes, for
// editors that read yaml-language-server's modeline.
const SchemaURL = "https://raw.githubusercontent.com/boundcheck/boundcheck/main/boundcheck.schema.json"

// Schema returns the JSON Schema (draft-07, which yaml-language-server
// and most editors read) of a config file whose rules section may name
// checks. It is built from the decoder's own key lists and the checks'
// settings, so the two describe the same file; what a schema cannot say
// (a pattern that matches no package, a host two services claim) only the
// decoder reports.
func Schema(checks []CheckSpec) []byte {
	strList := func(desc string) map[string]any {
		return map[string]any{"description": desc, "type": []string{"array", "null"}, "items": map[string]any{"type": "string", "minLength": 1}}
	}
	patterns := func(desc string) map[string]any {
		return map[string]any{
			"description": desc,
			"type":        []string{"array", "null"},
			"items": map[string]any{
				"type":        "string",
				"pattern":     `^\.(/.*)?$`,
				"description": `a package pattern relative to this file: "." or "./path", optionally ending in "/..."`,
			},
		}
	}
	rules := map[string]any{}
	for _, c := range checks {
		props := map[string]any{
			"enabled": map[string]any{"type": "boolean", "description": "false turns the check off"},
		}
		for _, st := range c.Settings {
			p := map[string]any{"description": st.Doc, "default": st.Default}
			switch st.Kind {
			case BoolSetting:
				p["type"] = "boolean"
			case StringSetting:
				p["type"], p["minLength"] = "string", 1
			default:
				p["type"], p["minimum"] = "integer", st.Min
			}
			props[st.Name] = p
		}
		rules[c.Name] = map[string]any{"type": []string{"object", "null"}, "additionalProperties": false, "properties": props}
	}
	service := map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"packages"},
		"properties": map[string]any{
			"packages": func() map[string]any {
				p := patterns("the service's packages")
				p["type"], p["minItems"] = "array", 1
				return p
			}(),
			"api":   patterns("the service's api packages, which other services may import"),
			"hosts": strList("the host names other services reach it by (compose service names, Kubernetes Services)"),
			"owns": map[string]any{
				"type":                 []string{"object", "null"},
				"additionalProperties": false,
				"description":          "the datastores the service owns (shareddb)",
				"properties": map[string]any{
					"databases":   strList("database names"),
					"tables":      strList("table names"),
					"collections": strList("MongoDB collection names"),
				},
			},
			"group": map[string]any{"type": "string", "minLength": 1, "description": "the cluster the graph draws the service in"},
		},
	}
	schema := map[string]any{
		"$schema":              "http://json-schema.org/draft-07/schema#",
		"$id":                  SchemaURL,
		"title":                "boundcheck.yaml",
		"description":          "boundcheck's config file: the services, their packages, and the checks' settings",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"services"},
		"properties": map[string]any{
			"version": map[string]any{"const": cfgVersion, "description": "the config format's version"},
			"services": map[string]any{
				"type":                 "object",
				"minProperties":        1,
				"description":          "the services, by name",
				"propertyNames":        map[string]any{"pattern": cfgServiceName.String()},
				"additionalProperties": map[string]any{"$ref": "#/definitions/service"},
			},
			"shared": patterns("packages every service may import"),
			"ignore": patterns("packages left out of the model"),
			"rules": map[string]any{
				"type":                 []string{"object", "null"},
				"additionalProperties": false,
				"description":          "the checks' settings, by check",
				"properties":           rules,
			},
		},
		"definitions": map[string]any{"service": service},
	}
	data, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		panic(err) // maps of strings, numbers and bools
	}
	return append(data, '\n')
}
