package rules

import (
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// aboveModule is a Go module of two services, orders and payments, for the
// trees of TestDeployAbove.
func aboveModule(dir string) map[string]string {
	return map[string]string{
		dir + "/go.mod":                  goMod("example.com/above"),
		dir + "/cmd/orders/main.go":      goSrc("main"),
		dir + "/cmd/payments/main.go":    goSrc("main"),
		dir + "/cmd/payments/Dockerfile": "FROM scratch\n",
	}
}

// unionFiles returns the union of file maps.
func unionFiles(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		maps.Copy(out, m)
	}
	return out
}

// gitMarker marks the top of a repository.
const gitMarker = ".git/HEAD"

// aboveCompose is a compose file that names payments "pay-<where>" and
// gives orders PAYMENTS_URL.
func aboveCompose(where string) string {
	return "services:\n" +
		"  pay-" + where + ":\n" +
		"    image: ghcr.io/acme/payments:1\n" +
		"  orders:\n" +
		"    environment:\n" +
		"      PAYMENTS_URL: http://pay-" + where + ":8080\n"
}

// aboveManifest is a Kubernetes Service "pay-<where>" and a Deployment of
// payments that sets ORDERS_URL.
func aboveManifest(where string) string {
	return "apiVersion: v1\nkind: Service\nmetadata:\n  name: pay-" + where + "\nspec:\n  selector:\n    app: payments\n" +
		"---\n" +
		"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments\nspec:\n  template:\n    metadata:\n      labels:\n        app: payments\n" +
		"    spec:\n      containers:\n        - name: payments\n          env:\n            - name: ORDERS_URL\n              value: http://orders-" + where + "\n"
}

func TestDeployAbove(t *testing.T) {
	tests := []struct {
		name      string
		files     map[string]string
		module    string // the folder of the module, where the run starts
		wantFiles []string
		hosts     []hostCase
		env       []envCase
	}{{
		name: "compose file at the repository's top",
		files: unionFiles(aboveModule("src"), map[string]string{
			gitMarker:            "ref: refs/heads/main\n",
			"docker-compose.yml": aboveCompose("top"),
		}),
		module:    "src",
		wantFiles: []string{"../docker-compose.yml"},
		hosts:     []hostCase{{"pay-top", "payments"}, {"pay-top:8080", "payments"}},
		env:       []envCase{{"orders", "PAYMENTS_URL", "http://pay-top:8080", "../docker-compose.yml:6"}},
	}, {
		name: "manifests in deployment folders of the top and of a folder on the way",
		files: unionFiles(aboveModule("services/backend"), map[string]string{
			gitMarker:                                    "ref: refs/heads/main\n",
			"kubernetes-manifests/payments.yaml":         aboveManifest("k8s"),
			"deploy/k8s/base/payments.yml":               aboveManifest("deep"),
			"services/deployments/compose.yaml":          aboveCompose("services"),
			"services/compose.yaml":                      aboveCompose("level"),
			"services/README.yaml":                       "title: not a manifest\n",
			"services/frontend/docker-compose.yml":       aboveCompose("sibling"), // not a deployment folder
			"services/backend/deploy/docker-compose.yml": aboveCompose("inside"),
		}),
		module: "services/backend",
		wantFiles: []string{
			"../../deploy/k8s/base/payments.yml",
			"../../kubernetes-manifests/payments.yaml",
			"../compose.yaml",
			"../deployments/compose.yaml",
			"deploy/docker-compose.yml",
		},
		hosts: []hostCase{
			{"pay-k8s", "payments"}, {"pay-deep", "payments"}, {"pay-services", "payments"},
			{"pay-level", "payments"}, {"pay-inside", "payments"}, {"pay-sibling", ""},
		},
		// The file nearest the code sets a variable first.
		env: []envCase{
			{"orders", "PAYMENTS_URL", "http://pay-inside:8080", "deploy/docker-compose.yml:6"},
			{"payments", "ORDERS_URL", "http://orders-deep", "../../deploy/k8s/base/payments.yml:22"},
		},
	}, {
		name: "a .git file: the top of a git worktree",
		files: unionFiles(aboveModule("src"), map[string]string{
			".git":                 "gitdir: /elsewhere/.git/worktrees/above\n",
			"k8s/payments.yaml":    aboveManifest("worktree"),
			"../k8s/payments.yaml": aboveManifest("outside"),
		}),
		module:    "src",
		wantFiles: []string{"../k8s/payments.yaml"},
		hosts:     []hostCase{{"pay-worktree", "payments"}, {"pay-outside", ""}},
	}, {
		name: "look-alike: a compose file above the repository's top",
		files: unionFiles(aboveModule("repo/src"), map[string]string{
			"repo/" + gitMarker:  "ref: refs/heads/main\n",
			"docker-compose.yml": aboveCompose("above"),
			"deploy/app.yaml":    aboveManifest("above"),
		}),
		module:    "repo/src",
		wantFiles: []string{},
		hosts:     []hostCase{{"pay-above", ""}},
		env:       []envCase{{"orders", "PAYMENTS_URL", "", ""}},
	}, {
		name: "look-alike: compose files in unrelated folders of the repository",
		files: unionFiles(aboveModule("src/shop"), map[string]string{
			gitMarker:                       "ref: refs/heads/main\n",
			"tools/docker-compose.yml":      aboveCompose("tools"),
			"src/legacy/docker-compose.yml": aboveCompose("legacy"),
			"docs/k8s/payments.yaml":        aboveManifest("docs"), // a deployment folder, but below an unrelated one
			".github/k8s/payments.yaml":     aboveManifest("github"),
		}),
		module:    "src/shop",
		wantFiles: []string{},
		hosts:     []hostCase{{"pay-tools", ""}, {"pay-legacy", ""}, {"pay-docs", ""}, {"pay-github", ""}},
	}, {
		name: "look-alike: no .git, nothing above the module is read",
		files: unionFiles(aboveModule("src"), map[string]string{
			"docker-compose.yml": aboveCompose("top"),
		}),
		module:    "src",
		wantFiles: []string{},
		hosts:     []hostCase{{"pay-top", ""}},
	}, {
		name: "look-alike: a module in testdata is a fixture, not part of the repository's deployment",
		files: unionFiles(aboveModule("testdata/fixture"), map[string]string{
			gitMarker:            "ref: refs/heads/main\n",
			"docker-compose.yml": aboveCompose("top"),
		}),
		module:    "testdata/fixture",
		wantFiles: []string{},
		hosts:     []hostCase{{"pay-top", ""}},
	}, {
		name: "Helm templates, kustomize patches and skaffold.yaml are not read; rendered output and bases are",
		files: unionFiles(aboveModule("src"), map[string]string{
			gitMarker:                      "ref: refs/heads/main\n",
			"helm/templates/payments.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\n",
			"helm/Chart.yaml":              "apiVersion: v2\nname: shop\nversion: 1.0.0\n",
			"skaffold.yaml":                "apiVersion: skaffold/v4beta11\nkind: Config\nmetadata:\n  name: shop\n",
			"helm/rendered/all.yaml":       aboveManifest("rendered"),
			"kustomize/base/payments.yaml": aboveManifest("base"),
			"kustomize/overlays/prod/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../base]\n" +
				"patchesStrategicMerge: [env.yaml]\npatches:\n  - path: svc.yaml\n",
			"kustomize/overlays/prod/env.yaml": aboveManifest("patched"),
			"kustomize/overlays/prod/svc.yaml": aboveManifest("patched2"),
		}),
		module:    "src",
		wantFiles: []string{"../helm/rendered/all.yaml", "../kustomize/base/payments.yaml"},
		hosts: []hostCase{
			{"pay-rendered", "payments"}, {"pay-base", "payments"},
			{"pay-patched", ""}, {"pay-patched2", ""},
		},
		env: []envCase{{"payments", "ORDERS_URL", "http://orders-rendered", "../helm/rendered/all.yaml:22"}},
	}, {
		name: "a compose file at the top that builds from the top with a Dockerfile in the module",
		files: unionFiles(aboveModule("src"), map[string]string{
			gitMarker: "ref: refs/heads/main\n",
			"compose.yaml": "services:\n  billing:\n    build:\n      context: .\n      dockerfile: src/cmd/payments/Dockerfile\n" +
				"  ledger:\n    build: ./src/cmd/payments\n  web:\n    build: ./frontend\n",
		}),
		module:    "src",
		wantFiles: []string{"../compose.yaml"},
		hosts:     []hostCase{{"billing", "payments"}, {"ledger", "payments"}, {"web", ""}},
	}, {
		name: "the top of the repository is the module: as before",
		files: unionFiles(aboveModule("."), map[string]string{
			gitMarker:                   "ref: refs/heads/main\n",
			"deploy/docker-compose.yml": aboveCompose("deploy"),
			"../docker-compose.yml":     aboveCompose("outside"),
		}),
		module:    ".",
		wantFiles: []string{"deploy/docker-compose.yml"},
		hosts:     []hostCase{{"pay-deploy", "payments"}, {"pay-outside", ""}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := filepath.Join(t.TempDir(), "top")
			writeTree(t, top, tt.files)
			s := loadTree(t, filepath.Join(top, filepath.FromSlash(tt.module)))
			if problems := s.LoadDeployment(); len(problems) > 0 {
				t.Fatalf("problems: %v", problems)
			}
			if !slices.Equal(s.Deploy.Files, tt.wantFiles) {
				t.Errorf("files: got %q, want %q", s.Deploy.Files, tt.wantFiles)
			}
			checkHosts(t, s, tt.hosts)
			checkEnv(t, s, tt.env)
		})
	}
}

// TestDeployAboveShown: the files above the root, and the places in them,
// are shown relative to the folder the run started in.
func TestDeployAboveShown(t *testing.T) {
	top := t.TempDir()
	writeTree(t, top, unionFiles(aboveModule("src"), map[string]string{
		gitMarker:                       "ref: refs/heads/main\n",
		"kubernetes-manifests/pay.yaml": aboveManifest("k8s"),
		"kubernetes-manifests/bad.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: [\n",
		"src/deploy/compose.yaml":       aboveCompose("inside"),
	}))
	s := loadTree(t, filepath.Join(top, "src"))
	s.Dir = filepath.Join(top, "src", "cmd", "orders")
	problems := s.LoadDeployment()
	if len(problems) != 1 || problems[0].File != filepath.Join(top, "kubernetes-manifests", "bad.yaml") || problems[0].Line == 0 {
		t.Errorf("problems: got %v, want one in kubernetes-manifests/bad.yaml with its line", problems)
	}
	want := []string{"../../../kubernetes-manifests/bad.yaml", "../../../kubernetes-manifests/pay.yaml", "../../deploy/compose.yaml"}
	if !reflect.DeepEqual(s.Deploy.Files, want) {
		t.Errorf("files: got %q, want %q", s.Deploy.Files, want)
	}
	checkEnv(t, s, []envCase{
		{"payments", "ORDERS_URL", "http://orders-k8s", "../../../kubernetes-manifests/pay.yaml:22"},
		{"orders", "PAYMENTS_URL", "http://pay-inside:8080", "../../deploy/compose.yaml:6"},
	})
	units := map[string]string{}
	for _, u := range s.Deploy.Units {
		units[u.Name] = u.File + " " + u.Service + " " + u.Why
	}
	if got, want := units["pay-k8s"], "../../../kubernetes-manifests/pay.yaml payments selects the pods of kubernetes Deployment payments (../../../kubernetes-manifests/pay.yaml:12)"; got != want {
		t.Errorf("unit pay-k8s: got %q, want %q", got, want)
	}
}
