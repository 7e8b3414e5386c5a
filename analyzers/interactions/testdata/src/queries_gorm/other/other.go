// Package other declares a gorm model whose TableName another package's
// collector reads from its fact.
package other

type Invoice struct{ ID int }

func (Invoice) TableName() string { return "billing_invoices" } // want TableName:"returns billing_invoices"

type Plain struct{ ID int }
