// Package tracking is shipping's api by the config.
package tracking

// Parcel is a parcel as other services see it.
type Parcel struct{ ID string }
