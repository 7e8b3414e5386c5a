package rules

import "github.com/boundcheck/boundcheck/rules/config"

// value returns the configured value of st for the named check, or its
// default.
func (s *Set) value(check string, st *config.Setting) any {
	if v, ok := s.settings[check][st.Name]; ok {
		return v
	}
	return st.Default
}

// Int returns the value of an IntSetting of the named check: the config's,
// or the setting's default.
func (s *Set) Int(check string, st *config.Setting) int { return s.value(check, st).(int) }

// Bool returns the value of a BoolSetting of the named check.
func (s *Set) Bool(check string, st *config.Setting) bool { return s.value(check, st).(bool) }

// String returns the value of a StringSetting of the named check.
func (s *Set) String(check string, st *config.Setting) string { return s.value(check, st).(string) }
