-- notifications_db: owned by the notifications service.
CREATE USER notifications WITH PASSWORD 'notifications';
CREATE DATABASE notifications_db OWNER notifications;
\connect notifications_db
SET ROLE notifications;

-- One row per order-placed message handled; message_id is the dedup key.
CREATE TABLE notifications (
    id         bigserial PRIMARY KEY,
    message_id text        NOT NULL UNIQUE,
    order_id   text        NOT NULL,
    kind       text        NOT NULL,
    recipient  text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE receipts (
    id           bigserial PRIMARY KEY,
    charge_id    text        NOT NULL,
    order_id     text        NOT NULL,
    customer_id  text        NOT NULL,
    amount_cents bigint      NOT NULL,
    currency     char(3)     NOT NULL,
    captured_at  timestamptz NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
