-- Cedar POS terminal schema (SQLite), version 3: mergeable orders.
-- An order's truth is its OrderState (state_json: every add, edit and register
-- with its stamp, the form the server sends). The other columns are a
-- materialized copy of what the merge decides, rewritten with state_json in the
-- same transaction, for lists and reports that must not decode JSON.

ALTER TABLE customer_order ADD COLUMN state_json TEXT;
ALTER TABLE customer_order ADD COLUMN payment TEXT NOT NULL DEFAULT 'UNPAID';
-- the discount register's value as JSON {"kind","value","reason"}, NULL when none
ALTER TABLE customer_order ADD COLUMN discount_json TEXT;
ALTER TABLE customer_order ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customer_order ADD COLUMN guests INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customer_order ADD COLUMN conflict_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_customer_order_status ON customer_order (status);

ALTER TABLE order_line ADD COLUMN note TEXT;
ALTER TABLE order_line ADD COLUMN voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1));
ALTER TABLE order_line ADD COLUMN void_reason TEXT;
ALTER TABLE order_line ADD COLUMN void_by TEXT;
ALTER TABLE order_line ADD COLUMN sent INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1));
-- comma-separated Conflict kinds open on the line (CONCURRENT_EDIT,VOID_AFTER_SEND,...), NULL when none
ALTER TABLE order_line ADD COLUMN flags TEXT;

-- dining_table.status (V1) is the materialized value; status_json is the
-- last-write-wins register {"v","s"} it came from, NULL while never written.
ALTER TABLE dining_table ADD COLUMN status_json TEXT;

-- A grow-only set: an adjustment is inserted once by its id, never changed.
CREATE TABLE stock_adjustment (
    id             TEXT     PRIMARY KEY,
    stock_item_id  TEXT     NOT NULL,
    reason         TEXT     NOT NULL CHECK (reason IN ('DELIVERY', 'WASTE', 'COUNT')),
    delta          INTEGER  NOT NULL,
    note           TEXT,
    -- the Stamp in its wire form atMs:origin:seq
    stamp          TEXT     NOT NULL
);
CREATE INDEX ix_stock_adjustment_item ON stock_adjustment (stock_item_id);

-- Tickets the kitchen printer owes: written in the transaction that caused them,
-- once per (kind, line), marked when printed.
CREATE TABLE kitchen_notice (
    id          INTEGER  PRIMARY KEY AUTOINCREMENT,
    kind        TEXT     NOT NULL,
    order_id    TEXT     NOT NULL,
    line_id     TEXT     NOT NULL,
    text        TEXT     NOT NULL,
    created_at  INTEGER  NOT NULL,
    printed_at  INTEGER,
    UNIQUE (kind, line_id)
);
CREATE INDEX ix_kitchen_notice_unprinted ON kitchen_notice (id) WHERE printed_at IS NULL;
