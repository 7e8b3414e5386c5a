package rules

import (
	"github.com/boundcheck/boundcheck/rules/deploy"
	"github.com/boundcheck/boundcheck/rules/history"
)

// The set's deployment: package deploy reads the compose files and
// manifests and maps their units to the services it is given; these methods
// hand it the set's services.

// LoadDeployment reads the compose files and Kubernetes manifests below
// s.Root (skipping the folders the tree scan skips) and, up to the top of the
// repository, those of the folders above s.Root and of their deployment
// folders (see deploy.Load), and stores the result in s.Deploy. A malformed
// file is a problem with its file and line; the other files are still used.
func (s *Set) LoadDeployment() []deploy.Problem {
	d, problems := deploy.Load(s.Root, s.Dir, s.deployServices(true))
	s.Deploy = d
	return problems
}

// deployServices returns the set's services as package deploy needs them;
// with dirs, the folders of their main packages (of all their packages when
// they have none).
func (s *Set) deployServices(dirs bool) []deploy.Service {
	out := make([]deploy.Service, len(s.Services))
	for i, svc := range s.Services {
		out[i] = deploy.Service{Name: svc.Name, Hosts: svc.Hosts}
		if !dirs {
			continue
		}
		pkgs := svc.Mains
		if len(pkgs) == 0 {
			pkgs = svc.Packages
		}
		for _, p := range pkgs {
			if info := s.Lookup(p); info != nil {
				out[i].Dirs = append(out[i].Dirs, info.Rel)
			}
		}
	}
	return out
}

// HostService returns the service a host name denotes (see
// deploy.Deployment.HostService): by the service's own name, a config
// `hosts` entry, or a name the deployment files give it.
func (s *Set) HostService(host string) (string, bool) {
	return s.Deploy.HostService(s.deployServices(false), host)
}

// DeployedUnit returns the compose service or Kubernetes Service that a
// host reaches when it is none of the analysed services: a program of the
// system that is not Go, or not in the tree. The first by file and line
// when several are.
func (s *Set) DeployedUnit(host string) (deploy.Unit, bool) {
	return s.Deploy.DeployedUnit(s.deployServices(false), host)
}

// DeployHosts returns the host names other than its own name that the
// deployment gives service, in lower case and sorted; nil before
// LoadDeployment.
func (s *Set) DeployHosts(service string) []string { return s.Deploy.Hosts(service) }

// EnvValue returns the value the deployment gives variable name in the
// containers of service, and the "file:line" where it is set (see
// deploy.Deployment.EnvValue); false before LoadDeployment.
func (s *Set) EnvValue(service, name string) (value, where string, ok bool) {
	return s.Deploy.EnvValue(service, name)
}

// ConfigValue returns the value service's own config files give the key
// path key, and the "file:line" where (see deploy.Deployment.ConfigValue);
// false before LoadDeployment.
func (s *Set) ConfigValue(service, key string) (value, where string, ok bool) {
	return s.Deploy.ConfigValue(service, key)
}

// EnvService guesses the service an environment variable points at when no
// deployment sets it (see deploy.Deployment.EnvService): PAYMENTS_URL names
// service payments.
func (s *Set) EnvService(name string) (string, bool) {
	return s.Deploy.EnvService(s.deployServices(false), name)
}

// LoadHistory reads the history of the repository that holds the tree
// into s.History; an error (not a git repository, no git) leaves it nil.
func (s *Set) LoadHistory(o history.Options) error {
	h, err := history.Read(s.Root, o)
	if err != nil {
		return err
	}
	s.History = h
	return nil
}
