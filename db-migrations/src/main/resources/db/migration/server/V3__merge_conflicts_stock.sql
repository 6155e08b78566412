-- Merge rules, the conflict review queue, table status registers and stock.
-- Portable SQL for H2 2.x and PostgreSQL.

-- The order's mergeable state (OrderStateJson, the same form the change log carries) is the truth;
-- the other columns are materialized from it for lists and reports. An order whose opening has not
-- arrived yet (edits first, e.g. after a server restore) keeps its state with the header still NULL.
ALTER TABLE customer_order ADD COLUMN state_json VARCHAR(1000000);
ALTER TABLE customer_order ADD COLUMN payment VARCHAR(20);
ALTER TABLE customer_order ADD COLUMN guests INT NOT NULL DEFAULT 0;
ALTER TABLE customer_order ADD COLUMN subtotal_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_order ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_order ADD COLUMN conflict_count INT NOT NULL DEFAULT 0;
ALTER TABLE customer_order ALTER COLUMN opened_by DROP NOT NULL;
ALTER TABLE customer_order ALTER COLUMN status DROP NOT NULL;
ALTER TABLE customer_order ALTER COLUMN opened_at_ms DROP NOT NULL;
ALTER TABLE customer_order ADD CONSTRAINT ck_order_payment
    CHECK (payment IN ('UNPAID', 'PARTIALLY_PAID', 'PAID', 'REFUNDED'));

-- A void is a tombstone: the line stays, marked. flags lists the kinds of its open conflicts (comma-separated).
ALTER TABLE order_line ADD COLUMN note VARCHAR(200);
ALTER TABLE order_line ADD COLUMN voided BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE order_line ADD COLUMN void_reason VARCHAR(200);
ALTER TABLE order_line ADD COLUMN void_by VARCHAR(200);
ALTER TABLE order_line ADD COLUMN sent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE order_line ADD COLUMN flags VARCHAR(200) NOT NULL DEFAULT '';

-- The table status is a last-write-wins register: the stamp (<atMs>:<origin>:<seq>) of the write that set it,
-- NULL while no terminal ever wrote it.
ALTER TABLE dining_table ADD COLUMN status_stamp VARCHAR(100);
ALTER TABLE dining_table ADD CONSTRAINT ck_dining_table_status
    CHECK (status IN ('AVAILABLE', 'OCCUPIED', 'RESERVED', 'CLEANING'));

-- What the kitchen keeps in stock, per branch; its level is the sum of its adjustments.
CREATE TABLE stock_item (
    id         VARCHAR(36)   PRIMARY KEY,
    branch_id  VARCHAR(36)   NOT NULL REFERENCES branch (id),
    name       VARCHAR(200)  NOT NULL,
    unit       VARCHAR(40)   NOT NULL,
    CONSTRAINT uq_stock_item_name UNIQUE (branch_id, name)
);

-- A grow-only ledger: the id is born with the adjustment, so a resend never counts twice.
CREATE TABLE stock_adjustment (
    id             VARCHAR(36)   PRIMARY KEY,
    branch_id      VARCHAR(36)   NOT NULL REFERENCES branch (id),
    stock_item_id  VARCHAR(36)   NOT NULL REFERENCES stock_item (id),
    reason         VARCHAR(20)   NOT NULL,
    delta          BIGINT        NOT NULL,
    note           VARCHAR(200),
    stamp          VARCHAR(100)  NOT NULL,
    origin         VARCHAR(36)   NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT ck_stock_adjustment_reason CHECK (reason IN ('DELIVERY', 'WASTE', 'COUNT'))
);
CREATE INDEX ix_stock_adjustment_item ON stock_adjustment (branch_id, stock_item_id);

-- The review queue: what the merge could not decide alone. conflict_key is Conflict.key() (order/line/kind/field);
-- a key has at most one OPEN row, found through ix_order_conflict_key. versions_json: [{stamp, terminalId, atMs, value}].
CREATE TABLE order_conflict (
    id               VARCHAR(36)      PRIMARY KEY,
    branch_id        VARCHAR(36)      NOT NULL REFERENCES branch (id),
    order_id         VARCHAR(36)      NOT NULL REFERENCES customer_order (id),
    conflict_key     VARCHAR(200)     NOT NULL,
    kind             VARCHAR(40)      NOT NULL,
    line_id          VARCHAR(36),
    field            VARCHAR(40)      NOT NULL,
    versions_json    VARCHAR(100000)  NOT NULL,
    detected_at      TIMESTAMP        NOT NULL,
    status           VARCHAR(10)      NOT NULL,
    resolved_at      TIMESTAMP,
    resolved_by      VARCHAR(100),
    resolution_json  VARCHAR(4000),
    CONSTRAINT ck_order_conflict_status CHECK (status IN ('OPEN', 'RESOLVED'))
);
CREATE INDEX ix_order_conflict_key ON order_conflict (branch_id, conflict_key, status);
CREATE INDEX ix_order_conflict_order ON order_conflict (order_id, status);
CREATE INDEX ix_order_conflict_branch ON order_conflict (branch_id, status, detected_at);
