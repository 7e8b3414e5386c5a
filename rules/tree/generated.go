package tree

import (
	"go/parser"
	"go/token"
	"io"
	"os"
	"path"
	"regexp"
	"strings"
)

// generatedHeader is the line that marks a generated Go file
// (https://go.dev/s/generatedcode; go-zero's goctl ends it with "!"); its
// middle names the generator.
var generatedHeader = regexp.MustCompile(`^// Code generated (.*) DO NOT EDIT[.!]$`)

// headerLimit bounds how much of a file is read for its header: generated
// files carry it above the package clause, after at most a licence.
const headerLimit = 32 << 10

// Generator returns the name of the generator of a generated Go file, lower
// case ("protoc-gen-go", "sqlc", "oapi-codegen"), or "" when the file is not
// generated or cannot be read.
func Generator(fset *token.FileSet, filename string) string {
	f, err := os.Open(filename)
	if err != nil {
		return ""
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, headerLimit))
	if err != nil {
		return ""
	}
	file, err := parser.ParseFile(fset, filename, src, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil && (file == nil || !file.Package.IsValid()) {
		return ""
	}
	gen, proto := "", false
	for _, g := range file.Comments {
		if g.Pos() >= file.Package {
			break
		}
		for _, c := range g.List {
			if m := generatedHeader.FindStringSubmatch(c.Text); m != nil && gen == "" {
				gen = generatorName(m[1])
			}
			if src, ok := strings.CutPrefix(c.Text, "// Source: "); ok && strings.HasSuffix(strings.TrimSpace(src), ".proto") {
				proto = true
			}
		}
	}
	if gen == "goctl" && proto {
		// go-zero's goctl writes database models too; what it writes
		// from a .proto (an rpc client package) is a contract.
		return "goctl (from .proto)"
	}
	return gen
}

// generatorName picks the generator out of the middle of a generated-code
// header: "by protoc-gen-go." → "protoc-gen-go", "by
// github.com/oapi-codegen/oapi-codegen/v2 version v2.4.1" → "oapi-codegen",
// "by OpenAPI Generator (https://openapi-generator.tech);" → "openapi".
func generatorName(text string) string {
	text = strings.ToLower(strings.TrimSpace(text))
	if strings.Contains(text, "protocol buffer compiler") {
		return "protoc"
	}
	text = strings.TrimPrefix(text, "by ")
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return "unknown"
	}
	name := strings.TrimRight(fields[0], ".,;:")
	if base := path.Base(name); majorVersion.MatchString(base) && path.Dir(name) != "." {
		name = path.Dir(name)
	}
	return path.Base(name)
}

var majorVersion = regexp.MustCompile(`^v[0-9]+$`)
