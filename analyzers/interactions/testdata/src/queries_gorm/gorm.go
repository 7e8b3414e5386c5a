// Package queries_gorm reads and writes tables with gorm: models by gorm's
// naming with the package's naming strategy (prefix "shop_"), a constant
// TableName, chained Table and Model calls, Raw and Exec, AutoMigrate;
// and look-alikes.
package queries_gorm

import (
	"context"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"queries_gorm/other"
)

type Order struct{ ID int }

type OrderItem struct{ ID int }

type Person struct{ ID int }

type Category struct{ ID int }

type Address struct{ ID int }

type Child struct{ ID int }

type Invoice struct{ ID int }

func (Invoice) TableName() string { return "invoices" } // want TableName:"returns invoices"

type Dyn struct{ ID int }

func (Dyn) TableName() string { return os.Getenv("DYN_TABLE") } // want TableName:"returns .\\{DYN_TABLE\\}"

type Two struct{ ID int }

func (t Two) TableName() string { // want TableName:"returns two_a \\| two_b"
	if t.ID > 0 {
		return "two_a"
	}
	return "two_b"
}

type Store struct{ db *gorm.DB }

func Open() (*Store, error) {
	db, err := gorm.Open(postgres.Open("host=shop-db dbname=shop"), &gorm.Config{
		NamingStrategy: schema.NamingStrategy{TablePrefix: "shop_"},
	})
	if err != nil {
		return nil, err
	}
	if err := db.AutoMigrate(&Order{}, &OrderItem{}); err != nil { //@query("sql write creates table=shop_orders | shop_order_items conn=postgres:shop-db/shop")
		return nil, err
	}
	return &Store{db: db}, nil
}

func (s *Store) Reads(ctx context.Context) {
	var o Order
	s.db.First(&o)                                    //@query("sql table=shop_orders conn=postgres:shop-db/shop")
	s.db.WithContext(ctx).Where("id = ?", 1).Take(&o) //@query("sql table=shop_orders conn=postgres:shop-db/shop")
	var items []OrderItem
	s.db.Find(&items)             //@query("sql table=shop_order_items conn=postgres:shop-db/shop")
	s.db.Last(&[]Person{})        //@query("sql table=shop_people conn=postgres:shop-db/shop")
	s.db.Find(&[]Category{})      //@query("sql table=shop_categories conn=postgres:shop-db/shop")
	s.db.Find(&[]Address{})       //@query("sql table=shop_addresses conn=postgres:shop-db/shop")
	s.db.Find(&[]Child{})         //@query("sql table=shop_children conn=postgres:shop-db/shop")
	s.db.Find(&[]Invoice{})       //@query("sql table=invoices conn=postgres:shop-db/shop")
	s.db.Find(&[]Two{})           //@query("sql table={?} conn=postgres:shop-db/shop")
	s.db.Find(&[]Dyn{})           //@query("sql table={?} conn=postgres:shop-db/shop")
	s.db.Find(&[]other.Invoice{}) //@query("sql table=billing_invoices conn=postgres:shop-db/shop")
	s.db.Find(&[]other.Plain{})   //@query("sql table=shop_plains conn=postgres:shop-db/shop")
	var n int64
	s.db.Model(&Order{}).Where("total > 0").Count(&n) //@query("sql table=shop_orders conn=postgres:shop-db/shop")
	var ids []int
	s.db.Table("ledger").Pluck("id", &ids) //@query("sql table=ledger conn=postgres:shop-db/shop")
	tx := s.db.Table("audit").Order("id")
	var rows []map[string]any
	tx.Limit(10).Scan(&rows)                                                          //@query("sql table=audit conn=postgres:shop-db/shop")
	s.db.Scan(&rows)                                                                  // no Table or Model: not recorded
	s.db.Raw("SELECT id FROM orders").Scan(&rows)                                     //@query("sql SELECT id FROM orders conn=postgres:shop-db/shop")
	s.db.FindInBatches(&items, 10, func(tx *gorm.DB, batch int) error { return nil }) //@query("sql table=shop_order_items conn=postgres:shop-db/shop")
}

func (s *Store) Writes(o *Order, v any) {
	s.db.Create(o)                                    //@query("sql write verb=insert table=shop_orders conn=postgres:shop-db/shop")
	s.db.CreateInBatches([]OrderItem{}, 10)           //@query("sql write verb=insert table=shop_order_items conn=postgres:shop-db/shop")
	s.db.Save(o)                                      //@query("sql write verb=upsert table=shop_orders conn=postgres:shop-db/shop")
	s.db.Delete(&Order{}, 1)                          //@query("sql write verb=delete table=shop_orders conn=postgres:shop-db/shop")
	s.db.Model(o).Update("total", 1)                  //@query("sql write table=shop_orders conn=postgres:shop-db/shop")
	s.db.Model(o).Updates(map[string]any{"total": 1}) //@query("sql write verb=update table=shop_orders conn=postgres:shop-db/shop")
	s.db.Model(o).UpdateColumn("total", 1)            //@query("sql write table=shop_orders conn=postgres:shop-db/shop")
	s.db.UpdateColumns(o)                             //@query("sql write verb=update table=shop_orders conn=postgres:shop-db/shop")
	s.db.FirstOrCreate(&Person{})                     //@query("sql write verb=upsert table=shop_people conn=postgres:shop-db/shop")
	s.db.Table("invoices").Create(v)                  //@query("sql write verb=insert table=invoices conn=postgres:shop-db/shop")
	s.db.Create(v)                                    //@query("sql write verb=insert table={?} conn=postgres:shop-db/shop")
	s.db.Exec("DELETE FROM ledger")                   //@query("sql DELETE FROM ledger conn=postgres:shop-db/shop")
}

// Handed runs on a session made elsewhere: no connection.
func Handed(db *gorm.DB) {
	db.Where("id = 1").Find(&[]Order{}) //@query("sql table=shop_orders conn=-")
}

// Repo has a Create of its own: not gorm's.
type Repo struct{}

func (Repo) Create(v any) {}

func LookAlike() {
	Repo{}.Create(&Order{})
}
