DROP DATABASE orders_db;
