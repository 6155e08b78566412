-- Cedar POS server schema, version 1.
-- Portable SQL: every statement runs unchanged on H2 2.x and PostgreSQL 12+.
-- Ids are UUIDs in their canonical 36-character text form, born on the terminal.
-- Money is BIGINT minor units; times from terminals are epoch milliseconds.

-- One row: the identity of this database. The epoch is written by the server at
-- first start and changes only when the database is replaced.
CREATE TABLE server_identity (
    id          INT          PRIMARY KEY,
    epoch       VARCHAR(36)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT ck_server_identity_single CHECK (id = 1)
);

CREATE TABLE branch (
    id               VARCHAR(36)   PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    catalog_version  BIGINT        NOT NULL DEFAULT 1,
    -- newest change_log sequence of this branch; the row is locked to assign the next one
    change_head      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_branch_currency CHECK (currency IN ('USD', 'LBP'))
);

CREATE TABLE dining_table (
    id         VARCHAR(36)  PRIMARY KEY,
    branch_id  VARCHAR(36)  NOT NULL REFERENCES branch (id),
    label      VARCHAR(50)  NOT NULL,
    area       VARCHAR(50)  NOT NULL,
    seats      INT          NOT NULL,
    status     VARCHAR(20)  NOT NULL DEFAULT 'AVAILABLE',
    CONSTRAINT uq_dining_table_label UNIQUE (branch_id, label),
    CONSTRAINT ck_dining_table_seats CHECK (seats > 0)
);

CREATE TABLE menu_item (
    id           VARCHAR(36)   PRIMARY KEY,
    branch_id    VARCHAR(36)   NOT NULL REFERENCES branch (id),
    category     VARCHAR(100)  NOT NULL,
    name_en      VARCHAR(200)  NOT NULL,
    name_ar      VARCHAR(200)  NOT NULL,
    price_minor  BIGINT        NOT NULL,
    sort_order   INT           NOT NULL DEFAULT 0,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT ck_menu_item_price CHECK (price_minor >= 0)
);
CREATE INDEX ix_menu_item_branch ON menu_item (branch_id, category, sort_order);

CREATE TABLE terminal (
    id                VARCHAR(36)   PRIMARY KEY,
    branch_id         VARCHAR(36)   NOT NULL REFERENCES branch (id),
    name              VARCHAR(100)  NOT NULL,
    -- permanent high-water mark: every outbox entry up to here is applied
    last_applied_seq  BIGINT        NOT NULL DEFAULT 0,
    first_seen_at     TIMESTAMP     NOT NULL,
    last_seen_at      TIMESTAMP     NOT NULL
);

CREATE TABLE customer_order (
    id            VARCHAR(36)  PRIMARY KEY,
    branch_id     VARCHAR(36)  NOT NULL REFERENCES branch (id),
    table_id      VARCHAR(36)  REFERENCES dining_table (id),
    opened_by     VARCHAR(36)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    currency      VARCHAR(3)   NOT NULL,
    opened_at_ms  BIGINT       NOT NULL,
    total_minor   BIGINT       NOT NULL,
    CONSTRAINT ck_order_status CHECK (status IN ('OPEN', 'SENT', 'SETTLED', 'CANCELLED'))
);
CREATE INDEX ix_customer_order_branch ON customer_order (branch_id, opened_at_ms);

CREATE TABLE order_line (
    id                VARCHAR(36)   PRIMARY KEY,
    order_id          VARCHAR(36)   NOT NULL REFERENCES customer_order (id),
    line_no           INT           NOT NULL,
    menu_item_id      VARCHAR(36)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    quantity          INT           NOT NULL,
    unit_price_minor  BIGINT        NOT NULL,
    CONSTRAINT ck_order_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_line_price CHECK (unit_price_minor >= 0)
);
CREATE INDEX ix_order_line_order ON order_line (order_id);

-- Every outbox entry ever applied, by its idempotency key.
CREATE TABLE applied_entry (
    entry_id     VARCHAR(36)  PRIMARY KEY,
    terminal_id  VARCHAR(36)  NOT NULL REFERENCES terminal (id),
    seq          BIGINT       NOT NULL,
    applied_at   TIMESTAMP    NOT NULL,
    CONSTRAINT uq_applied_entry_seq UNIQUE (terminal_id, seq)
);

-- The per-branch change log: the queue every terminal pulls from.
CREATE TABLE change_log (
    branch_id           VARCHAR(36)       NOT NULL REFERENCES branch (id),
    seq                 BIGINT            NOT NULL,
    entity              VARCHAR(40)       NOT NULL,
    record_id           VARCHAR(36)       NOT NULL,
    origin_terminal_id  VARCHAR(36)       NOT NULL,
    committed_at_ms     BIGINT            NOT NULL,
    payload             VARCHAR(1000000)  NOT NULL,
    PRIMARY KEY (branch_id, seq)
);
