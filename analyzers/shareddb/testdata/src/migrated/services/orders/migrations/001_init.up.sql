-- orders creates its database and tables.
CREATE DATABASE IF NOT EXISTS orders_db;

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    status text NOT NULL
);
