// Package gorm is a minimal stub of gorm.io/gorm (checked against v1.31.2).
package gorm

import (
	"context"
	"database/sql"
	"time"

	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

// Config GORM config.
type Config struct {
	SkipDefaultTransaction    bool
	DefaultTransactionTimeout time.Duration
	DefaultContextTimeout     time.Duration

	// NamingStrategy tables, columns naming strategy
	NamingStrategy schema.Namer

	DryRun      bool
	PrepareStmt bool

	Dialector
}

// Apply update config to new config
func (c *Config) Apply(config *Config) error {
	if config != c {
		*config = *c
	}
	return nil
}

// AfterInitialize initialize plugins after db connected
func (c *Config) AfterInitialize(db *DB) error { return nil }

// Option gorm option interface
type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

// Dialector GORM database dialector.
// (The real interface also has Migrator(db *DB) Migrator and
// DataTypeOf(*schema.Field) string; DefaultValueOf takes a *schema.Field.)
type Dialector interface {
	Name() string
	Initialize(*DB) error
	BindVarTo(writer clause.Writer, stmt *Statement, v interface{})
	QuoteTo(clause.Writer, string)
	Explain(sql string, vars ...interface{}) string
}

// DB GORM DB definition
type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
	clone        int
}

// Statement statement
type Statement struct {
	*DB
	Table    string
	Model    interface{}
	Unscoped bool
	Dest     interface{}
	Selects  []string
	Omits    []string
	Context  context.Context
	Vars     []interface{}
}

// Session session config when create session with Session() method
type Session struct {
	DryRun                   bool
	PrepareStmt              bool
	NewDB                    bool
	Initialized              bool
	SkipHooks                bool
	SkipDefaultTransaction   bool
	DisableNestedTransaction bool
	AllowGlobalUpdate        bool
	FullSaveAssociations     bool
	PropagateUnscoped        bool
	QueryFields              bool
	Context                  context.Context
	NowFunc                  func() time.Time
	CreateBatchSize          int
}

// Open initialize db session based on dialector
func Open(dialector Dialector, opts ...Option) (db *DB, err error) {
	config := &Config{Dialector: dialector}
	db = &DB{Config: config, clone: 1}
	db.Statement = &Statement{DB: db, Context: context.Background()}
	return db, nil
}

// Session create new db session
func (db *DB) Session(config *Session) *DB { return db }

// WithContext change current instance db's context to ctx
func (db *DB) WithContext(ctx context.Context) *DB { return db.Session(&Session{Context: ctx}) }

// Debug start debug mode
func (db *DB) Debug() (tx *DB) { return db }

// DB returns `*sql.DB`
func (db *DB) DB() (*sql.DB, error) { return nil, nil }

// ---- chainable API ----

func (db *DB) Model(value interface{}) (tx *DB) { return db }

func (db *DB) Clauses(conds ...clause.Expression) (tx *DB) { return db }

func (db *DB) Table(name string, args ...interface{}) (tx *DB) { return db }

func (db *DB) Distinct(args ...interface{}) (tx *DB) { return db }

func (db *DB) Select(query interface{}, args ...interface{}) (tx *DB) { return db }

func (db *DB) Omit(columns ...string) (tx *DB) { return db }

func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB) { return db }

func (db *DB) Not(query interface{}, args ...interface{}) (tx *DB) { return db }

func (db *DB) Or(query interface{}, args ...interface{}) (tx *DB) { return db }

func (db *DB) Joins(query string, args ...interface{}) (tx *DB) { return db }

func (db *DB) Group(name string) (tx *DB) { return db }

func (db *DB) Having(query interface{}, args ...interface{}) (tx *DB) { return db }

func (db *DB) Order(value interface{}) (tx *DB) { return db }

func (db *DB) Limit(limit int) (tx *DB) { return db }

func (db *DB) Offset(offset int) (tx *DB) { return db }

func (db *DB) Scopes(funcs ...func(*DB) *DB) (tx *DB) { return db }

func (db *DB) Preload(query string, args ...interface{}) (tx *DB) { return db }

func (db *DB) Unscoped() (tx *DB) { return db }

func (db *DB) Raw(sql string, values ...interface{}) (tx *DB) { return db }

// ---- finisher API ----

func (db *DB) Create(value interface{}) (tx *DB) { return db }

func (db *DB) CreateInBatches(value interface{}, batchSize int) (tx *DB) { return db }

func (db *DB) Save(value interface{}) (tx *DB) { return db }

func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB) { return db }

func (db *DB) Take(dest interface{}, conds ...interface{}) (tx *DB) { return db }

func (db *DB) Last(dest interface{}, conds ...interface{}) (tx *DB) { return db }

func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB) { return db }

func (db *DB) FindInBatches(dest interface{}, batchSize int, fc func(tx *DB, batch int) error) *DB {
	return db
}

func (db *DB) FirstOrInit(dest interface{}, conds ...interface{}) (tx *DB) { return db }

func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) (tx *DB) { return db }

func (db *DB) Update(column string, value interface{}) (tx *DB) { return db }

func (db *DB) Updates(values interface{}) (tx *DB) { return db }

func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB) { return db }

func (db *DB) UpdateColumns(values interface{}) (tx *DB) { return db }

func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB) { return db }

func (db *DB) Count(count *int64) (tx *DB) { return db }

func (db *DB) Row() *sql.Row { return nil }

func (db *DB) Rows() (*sql.Rows, error) { return nil, nil }

func (db *DB) Scan(dest interface{}) (tx *DB) { return db }

func (db *DB) Pluck(column string, dest interface{}) (tx *DB) { return db }

func (db *DB) ScanRows(rows *sql.Rows, dest interface{}) error { return nil }

func (db *DB) Connection(fc func(tx *DB) error) (err error) { return fc(db) }

func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) {
	return fc(db)
}

func (db *DB) Begin(opts ...*sql.TxOptions) *DB { return db }

func (db *DB) Commit() *DB { return db }

func (db *DB) Rollback() *DB { return db }

func (db *DB) Exec(sql string, values ...interface{}) (tx *DB) { return db }

func (db *DB) AutoMigrate(dst ...interface{}) error { return nil }
