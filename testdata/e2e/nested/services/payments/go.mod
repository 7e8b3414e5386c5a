module example.com/nested/services/payments

go 1.22
