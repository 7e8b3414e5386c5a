package rules

import "github.com/boundcheck/boundcheck/rules/deploy"

// DaprApp returns what the deployment says of a Dapr app-id (see
// deploy.Deployment.DaprApp): the service it is, and where it is declared;
// false when no deployment file declares it, and before LoadDeployment.
func (s *Set) DaprApp(appID string) (deploy.DaprApp, bool) { return s.Deploy.DaprApp(appID) }
