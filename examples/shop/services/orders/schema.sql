-- orders_db: owned by the orders service.
CREATE USER orders WITH PASSWORD 'orders';
CREATE DATABASE orders_db OWNER orders;
\connect orders_db
SET ROLE orders;

CREATE TABLE orders (
    id             text PRIMARY KEY,
    customer_id    text        NOT NULL,
    customer_email text        NOT NULL,
    currency       char(3)     NOT NULL,
    status         text        NOT NULL,
    total_cents    bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_items (
    order_id         text   NOT NULL REFERENCES orders (id),
    sku              text   NOT NULL,
    quantity         int    NOT NULL CHECK (quantity > 0),
    unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
    PRIMARY KEY (order_id, sku)
);
