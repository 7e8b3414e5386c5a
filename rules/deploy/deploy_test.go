package deploy

import (
	"path/filepath"
	"testing"
)

// The tests of the deployment model, which need the service model, are
// those of package rules (deploy_test.go, deploy_above_test.go); these are
// the tests of this package's own pieces.

// TestComposeGoFixtures checks that compose-go reads the compose fixtures
// the way the model's tests assume.
func TestComposeGoFixtures(t *testing.T) {
	// compose-go reads the default project; nothing falls back.
	root, err := filepath.Abs(filepath.Join("testdata", "compose"))
	if err != nil {
		t.Fatal(err)
	}
	const base, override = "deployments/docker-compose.yml", "deployments/docker-compose.override.yml"
	r := &deployReader{root: root}
	var files []*composeFile
	for _, name := range []string{base, override} {
		files = append(files, r.readCompose(filepath.Join(root, name)))
	}
	if _, err := composeGoLoad(filepath.Join(root, "deployments"), files); err != nil {
		t.Errorf("compose-go refuses the fixture: %v", err)
	}

	// compose-go refuses compose.yaml (its extends file is missing) and
	// accepts deploy/compose.yaml (a missing env_file is not read).
	root, err = filepath.Abs(filepath.Join("testdata", "fallback"))
	if err != nil {
		t.Fatal(err)
	}
	r = &deployReader{root: root}
	for file, refused := range map[string]bool{"compose.yaml": true, "deploy/compose.yaml": false} {
		f := r.readCompose(filepath.Join(root, file))
		if f == nil {
			t.Fatalf("%s: not read: %v", file, r.problems)
		}
		if _, err := composeGoLoad(filepath.Dir(f.abs), []*composeFile{f}); (err != nil) != refused {
			t.Errorf("%s: compose-go error %v; want refused=%v", file, err, refused)
		}
	}
}

func TestInterpolateDefaults(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                "plain",
		"${A:-x}":              "x",
		"${A-x}":               "x",
		"${A:-${B:-inner}}/v1": "inner/v1",
		"http://${H}:${P:-80}": "http://:80",
		"$A-b":                 "-b",
		"$$A":                  "$A",
		"${A:?required}":       "",
		"${A:+alt}":            "",
		"cost $5":              "cost $5",
		"${unclosed":           "${unclosed",
		"trailing $":           "trailing $",
	} {
		if got := interpolateDefaults(in); got != want {
			t.Errorf("interpolateDefaults(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDeployDir(t *testing.T) {
	for name, want := range map[string]bool{
		"k8s": true, "kubernetes-manifests": true, "deploy": true, "deployments": true, "Deploy": true,
		"helm-chart": true, "charts": true, "kustomize": true, "istio-manifests": true, "docker": true,
		"deploy_k8s": true, "infra": true, "ops": true, "manifests": true,
		"src": false, "services": false, "docs": false, "tools": false, "deployer": false, "kubectl-plugin": false,
		"k8sutil": false, "dockerfiles": false, "examples": false, "": false,
	} {
		if got := deployDir(name); got != want {
			t.Errorf("deployDir(%q) = %v, want %v", name, got, want)
		}
	}
}
