-- payments_db: owned by the payments service.
CREATE USER payments WITH PASSWORD 'payments';
CREATE DATABASE payments_db OWNER payments;
\connect payments_db
SET ROLE payments;

CREATE TABLE charges (
    id           text PRIMARY KEY,
    order_id     text        NOT NULL UNIQUE,
    customer_id  text        NOT NULL,
    status       text        NOT NULL,
    amount_cents bigint      NOT NULL CHECK (amount_cents > 0),
    currency     char(3)     NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
