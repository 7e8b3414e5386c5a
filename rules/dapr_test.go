package rules

import (
	"fmt"
	"reflect"
	"testing"
)

// TestDeployDapr checks the Dapr app-ids the deployment files give the
// services: the dapr.io/app-id annotation of a Kubernetes workload's pods
// (not of the workload itself), a compose daprd sidecar's -app-id with
// the service whose network it joins or the app channel it names (not a
// -app-id flag of another program, and no service for a sidecar that
// names no app), and the apps of a multi-app run file by their folders,
// one without an appID named after its folder (not a dapr.yml with no
// apps).
func TestDeployDapr(t *testing.T) {
	s, problems := loadDeploy(t, "dapr")
	if len(problems) > 0 {
		t.Fatal(problemTexts(s, problems))
	}
	var got []string
	for _, a := range s.Deploy.DaprApps {
		got = append(got, fmt.Sprintf("%s -> %q at %s (%s)", a.AppID, a.Service, a.Where(), a.Why))
	}
	want := []string{
		`payments-app -> "payments" at compose.yaml:4 (daprd sidecar payments-dapr of compose service payments)`,
		`shipping-app -> "shipping" at compose.yaml:14 (daprd sidecar shipping-sidecar of compose service shipping)`,
		`stray -> "" at compose.yaml:18 (daprd sidecar stray-dapr, which names no app)`,
		`checkout-app -> "checkout" at dapr.yaml:5 (app of dapr.yaml in ./checkout/, the folder of service checkout)`,
		`worker -> "" at dapr.yaml:8 (app of dapr.yaml in ./python-worker/, which is no one service's folder)`,
		`shipping -> "shipping" at dapr.yaml:11 (app of dapr.yaml in ./cmd/shipping, the folder of service shipping, named after its folder)`,
		`order-svc -> "orders" at k8s/apps.yaml:15 (annotation dapr.io/app-id of kubernetes Deployment orders)`,
		`ledger -> "" at k8s/apps.yaml:30 (annotation dapr.io/app-id of kubernetes Deployment ledger, which runs no service)`,
	}
	sameDaprLines(t, got, want)
	if want := []string{"compose.yaml", "dapr.yaml", "k8s/apps.yaml"}; !reflect.DeepEqual(s.Deploy.Files, want) {
		t.Errorf("files: got %q, want %q", s.Deploy.Files, want)
	}
	for id, want := range map[string]string{"order-svc": "orders", "payments-app": "payments", "worker": "", "not-on-the-pods": "-", "not-dapr": "-", "orders": "-"} {
		a, ok := s.DaprApp(id)
		switch {
		case want == "-" && ok:
			t.Errorf("DaprApp(%q) = %+v; want none", id, a)
		case want != "-" && (!ok || a.Service != want):
			t.Errorf("DaprApp(%q) = %+v, %v; want service %q", id, a, ok, want)
		}
	}
}

func sameDaprLines(t *testing.T, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dapr apps:\n%q\nwant:\n%q", got, want)
	}
}
