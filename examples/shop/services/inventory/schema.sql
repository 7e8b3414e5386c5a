-- inventory_db: owned by the inventory service.
CREATE USER inventory WITH PASSWORD 'inventory';
CREATE DATABASE inventory_db OWNER inventory;
\connect inventory_db
SET ROLE inventory;

CREATE TABLE stock (
    sku                 text PRIMARY KEY,
    on_hand             int  NOT NULL CHECK (on_hand >= 0),
    low_stock_threshold int  NOT NULL DEFAULT 10
);

CREATE TABLE reservations (
    order_id   text        NOT NULL,
    sku        text        NOT NULL REFERENCES stock (sku),
    quantity   int         NOT NULL CHECK (quantity > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, sku)
);

INSERT INTO stock (sku, on_hand, low_stock_threshold) VALUES
    ('MUG-BLUE', 120, 20),
    ('MUG-RED', 15, 20),
    ('TEE-M', 60, 10),
    ('TEE-L', 40, 10);

-- Inventory also reads order statuses straight from orders_db (see services/inventory/store).
RESET ROLE;
\connect orders_db
GRANT SELECT ON orders TO inventory;
