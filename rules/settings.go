package rules

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
}

// String renders the setting for documentation: "max-depth (int, default 3)".
func (s *Setting) String() string {
	return fmt.Sprintf("%s (%s, default %v)", s.Name, s.Kind, s.Default)
}

// value returns the configured value of st for the named check, or its
// default.
func (s *Set) value(check string, st *Setting) any {
	if v, ok := s.settings[check][st.Name]; ok {
		return v
	}
	return st.Default
}

// Int returns the value of an IntSetting of the named check: the config's,
// or the setting's default.
func (s *Set) Int(check string, st *Setting) int { return s.value(check, st).(int) }

// Bool returns the value of a BoolSetting of the named check.
func (s *Set) Bool(check string, st *Setting) bool { return s.value(check, st).(bool) }

// String returns the value of a StringSetting of the named check.
func (s *Set) String(check string, st *Setting) string { return s.value(check, st).(string) }
