-- Cedar POS terminal schema (SQLite), version 1.
-- Every synced table carries sync_status (pending, synced, conflict) and
-- local_version (incremented on every local write), as the design requires.

-- One row: who this terminal is and how far it has synced.
CREATE TABLE terminal_state (
    id               INTEGER  PRIMARY KEY CHECK (id = 1),
    terminal_id      TEXT     NOT NULL,
    branch_id        TEXT     NOT NULL,
    terminal_name    TEXT     NOT NULL,
    -- the sequence number the next outbox entry gets; gapless per terminal
    next_seq         INTEGER  NOT NULL DEFAULT 1,
    last_acked_seq   INTEGER  NOT NULL DEFAULT 0,
    -- highest branch change-log sequence applied here
    change_cursor    INTEGER  NOT NULL DEFAULT 0,
    server_epoch     TEXT,
    catalog_version  INTEGER  NOT NULL DEFAULT 0,
    branch_name      TEXT,
    currency         TEXT,
    last_sync_at_ms  INTEGER
);

CREATE TABLE menu_item (
    id             TEXT     PRIMARY KEY,
    category       TEXT     NOT NULL,
    name_en        TEXT     NOT NULL,
    name_ar        TEXT     NOT NULL,
    price_minor    INTEGER  NOT NULL CHECK (price_minor >= 0),
    currency       TEXT     NOT NULL,
    sort_order     INTEGER  NOT NULL DEFAULT 0,
    sync_status    TEXT     NOT NULL DEFAULT 'synced' CHECK (sync_status IN ('pending', 'synced', 'conflict')),
    local_version  INTEGER  NOT NULL DEFAULT 0
);

CREATE TABLE dining_table (
    id             TEXT     PRIMARY KEY,
    label          TEXT     NOT NULL,
    area           TEXT     NOT NULL,
    seats          INTEGER  NOT NULL CHECK (seats > 0),
    status         TEXT     NOT NULL DEFAULT 'AVAILABLE',
    sync_status    TEXT     NOT NULL DEFAULT 'synced' CHECK (sync_status IN ('pending', 'synced', 'conflict')),
    local_version  INTEGER  NOT NULL DEFAULT 0
);

CREATE TABLE customer_order (
    id             TEXT     PRIMARY KEY,
    branch_id      TEXT     NOT NULL,
    table_id       TEXT,
    opened_by      TEXT     NOT NULL,
    status         TEXT     NOT NULL,
    currency       TEXT     NOT NULL,
    opened_at_ms   INTEGER  NOT NULL,
    total_minor    INTEGER  NOT NULL,
    sync_status    TEXT     NOT NULL CHECK (sync_status IN ('pending', 'synced', 'conflict')),
    local_version  INTEGER  NOT NULL
);
CREATE INDEX ix_customer_order_opened ON customer_order (opened_at_ms);

CREATE TABLE order_line (
    id                TEXT     PRIMARY KEY,
    order_id          TEXT     NOT NULL REFERENCES customer_order (id),
    line_no           INTEGER  NOT NULL,
    menu_item_id      TEXT     NOT NULL,
    name              TEXT     NOT NULL,
    quantity          INTEGER  NOT NULL CHECK (quantity > 0),
    unit_price_minor  INTEGER  NOT NULL CHECK (unit_price_minor >= 0),
    sync_status       TEXT     NOT NULL CHECK (sync_status IN ('pending', 'synced', 'conflict')),
    local_version     INTEGER  NOT NULL
);
CREATE INDEX ix_order_line_order ON order_line (order_id);

-- Every local write appends here in the same transaction; entries leave only
-- when the server acked them (synced_at_ms set), never automatically otherwise.
CREATE TABLE outbox (
    entry_id       TEXT     PRIMARY KEY,
    terminal_id    TEXT     NOT NULL,
    seq            INTEGER  NOT NULL UNIQUE CHECK (seq > 0),
    entity         TEXT     NOT NULL,
    record_id      TEXT     NOT NULL,
    operation      TEXT     NOT NULL,
    payload        TEXT     NOT NULL,
    event_time_ms  INTEGER  NOT NULL,
    created_at_ms  INTEGER  NOT NULL,
    synced_at_ms   INTEGER
);
CREATE INDEX ix_outbox_pending ON outbox (seq) WHERE synced_at_ms IS NULL;
CREATE INDEX ix_outbox_pending_record ON outbox (record_id) WHERE synced_at_ms IS NULL;
