-- Cedar POS terminal schema (SQLite), version 4: stock, recipes and reservations.

-- The branch's stock items from the catalog, with the newest balance the server sent (catalog snapshot or a
-- stockLevel change record, whichever has the higher version): what this terminal believes is available while
-- it is offline. updated_at_ms: when it last heard that balance.
CREATE TABLE stock_item (
    id             TEXT     PRIMARY KEY,
    name           TEXT     NOT NULL,
    unit           TEXT     NOT NULL,
    level          INTEGER  NOT NULL DEFAULT 0,
    held           INTEGER  NOT NULL DEFAULT 0,
    version        INTEGER  NOT NULL DEFAULT 0,
    updated_at_ms  INTEGER
);

-- What one portion of a dish takes; replaced with each catalog. A dish without rows is not tracked.
CREATE TABLE recipe_portion (
    menu_item_id   TEXT     NOT NULL,
    stock_item_id  TEXT     NOT NULL,
    per_portion    INTEGER  NOT NULL CHECK (per_portion > 0),
    PRIMARY KEY (menu_item_id, stock_item_id)
);

-- One row per order line of a tracked dish, written in the same transaction as the line: want is what the line
-- asks for as this terminal merges it, decision_json the server's newest decision (NULL until it arrives),
-- status what the line shows (PENDING until the server decided what the line now wants), portions_json the
-- recipe that counts against local stock while pending.
CREATE TABLE reservation (
    line_id        TEXT     PRIMARY KEY,
    order_id       TEXT     NOT NULL,
    menu_item_id   TEXT     NOT NULL,
    want           INTEGER  NOT NULL CHECK (want >= 0),
    status         TEXT     NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'DENIED', 'RELEASED', 'CONSUMED')),
    pending        INTEGER  NOT NULL DEFAULT 0 CHECK (pending >= 0),
    portions_json  TEXT     NOT NULL,
    decision_json  TEXT,
    version        INTEGER  NOT NULL DEFAULT 0,
    updated_at_ms  INTEGER  NOT NULL
);
CREATE INDEX ix_reservation_order ON reservation (order_id);
CREATE INDEX ix_reservation_pending ON reservation (line_id) WHERE pending > 0;

-- A denial the waiter who took the order must see until they acknowledge it; once per decision.
CREATE TABLE stock_alert (
    id               INTEGER  PRIMARY KEY AUTOINCREMENT,
    line_id          TEXT     NOT NULL,
    order_id         TEXT     NOT NULL,
    version          INTEGER  NOT NULL,
    dish             TEXT     NOT NULL,
    portions         INTEGER  NOT NULL,
    table_label      TEXT,
    created_at       INTEGER  NOT NULL,
    acknowledged_at  INTEGER,
    UNIQUE (line_id, version)
);
CREATE INDEX ix_stock_alert_open ON stock_alert (id) WHERE acknowledged_at IS NULL;

-- Kitchen notices gain a ref: a line may owe the kitchen several notices of one kind (a second denial after a
-- quantity change), each still queued exactly once. SQLite changes a UNIQUE constraint by rebuilding the table.
CREATE TABLE kitchen_notice_v4 (
    id          INTEGER  PRIMARY KEY AUTOINCREMENT,
    kind        TEXT     NOT NULL,
    order_id    TEXT     NOT NULL,
    line_id     TEXT     NOT NULL,
    ref         TEXT     NOT NULL DEFAULT '',
    text        TEXT     NOT NULL,
    created_at  INTEGER  NOT NULL,
    printed_at  INTEGER,
    UNIQUE (kind, line_id, ref)
);
INSERT INTO kitchen_notice_v4 (id, kind, order_id, line_id, ref, text, created_at, printed_at)
    SELECT id, kind, order_id, line_id, '', text, created_at, printed_at FROM kitchen_notice;
DROP TABLE kitchen_notice;
ALTER TABLE kitchen_notice_v4 RENAME TO kitchen_notice;
CREATE INDEX ix_kitchen_notice_unprinted ON kitchen_notice (id) WHERE printed_at IS NULL;

-- The ledger accepts the server's SALE adjustments (a settled check's consumption).
CREATE TABLE stock_adjustment_v4 (
    id             TEXT     PRIMARY KEY,
    stock_item_id  TEXT     NOT NULL,
    reason         TEXT     NOT NULL CHECK (reason IN ('DELIVERY', 'WASTE', 'COUNT', 'SALE')),
    delta          INTEGER  NOT NULL,
    note           TEXT,
    stamp          TEXT     NOT NULL
);
INSERT INTO stock_adjustment_v4 (id, stock_item_id, reason, delta, note, stamp)
    SELECT id, stock_item_id, reason, delta, note, stamp FROM stock_adjustment;
DROP TABLE stock_adjustment;
ALTER TABLE stock_adjustment_v4 RENAME TO stock_adjustment;
CREATE INDEX ix_stock_adjustment_item ON stock_adjustment (stock_item_id);
