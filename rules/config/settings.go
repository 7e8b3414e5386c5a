package config

import "fmt"

// A CheckSpec is what the config file may say of one check: the check's name
// and the settings its rules entry accepts besides enabled. The registry of
// checks (package analyzers) hands the specs to the config decoder, so that
// a check is accepted in the config exactly when it exists.
type CheckSpec struct {
	Name     string
	Settings []*Setting
}

// A SettingKind is the type of a setting's value.
type SettingKind uint8

const (
	IntSetting SettingKind = iota
	BoolSetting
	StringSetting
)

func (k SettingKind) String() string {
	switch k {
	case BoolSetting:
		return "bool"
	case StringSetting:
		return "string"
	}
	return "int"
}

// A Setting is one key of a check's rules entry: rules.CHECK.NAME.
type Setting struct {
	Name    string
	Kind    SettingKind
	Default any // an int, bool or string, as Kind says
	Min     int // the smallest value an IntSetting accepts
	Doc     string
	// Check, when not nil, says what is wrong with a StringSetting's
	// value (a regular expression that does not compile).
	Check func(string) error
}

// String renders the setting for documentation: "max-depth (int, default 3)".
func (s *Setting) String() string {
	return fmt.Sprintf("%s (%s, default %v)", s.Name, s.Kind, s.Default)
}
