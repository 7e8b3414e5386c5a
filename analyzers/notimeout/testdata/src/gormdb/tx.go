package gormdb

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Transaction runs the callback on a tx that carries the context of the
// *gorm.DB it was called on.

// With a deadline: the BEGIN and every statement on tx are bounded. Clean.
func placeOrder(o *Order) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(o).Error; err != nil {
			return err
		}
		return tx.Model(&Stock{}).Where("sku = ?", o.SKU).Update("reserved", o.Qty).Error
	})
}

// Without WithContext: nothing bounds the transaction. It is reported once,
// on Transaction, where the fix goes; the statements on tx inherit its
// context and add no finding of their own.
func placeOrderLoose(o *Order) error {
	return db.Transaction(func(tx *gorm.DB) error { // want `\(\*gorm.DB\).Transaction uses a \*gorm.DB with no WithContext; give the \*gorm.DB a context with a deadline \(db.WithContext\(ctx\)\)`
		if err := tx.Create(o).Error; err != nil {
			return err
		}
		return tx.Model(&Stock{}).Where("sku = ?", o.SKU).Update("reserved", o.Qty).Error
	})
}
