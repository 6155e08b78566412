-- Cedar POS terminal schema (SQLite), version 6: the cashier's shift, its drawer movements and its Z report.

-- A shift of one terminal's drawer. It is bounded by the terminal's own outbox sequence (open_seq, close_seq): a
-- sale is the shift's when this terminal's settlement of it was written in between, whatever the clocks did.
-- The Z report is computed once, in the closing transaction, and kept as JSON (the "report" object of the close
-- outbox entry), so a reprint shows the figures the cashier signed off.
CREATE TABLE shift (
    id             TEXT     PRIMARY KEY,
    terminal_id    TEXT     NOT NULL,
    opened_by      TEXT     NOT NULL,
    opened_at_ms   INTEGER  NOT NULL,
    open_seq       INTEGER  NOT NULL CHECK (open_seq > 0),
    float_usd      INTEGER  NOT NULL CHECK (float_usd >= 0),
    float_lbp      INTEGER  NOT NULL CHECK (float_lbp >= 0),
    closed_by      TEXT,
    closed_at_ms   INTEGER,
    close_seq      INTEGER  CHECK (close_seq > open_seq),
    counted_usd    INTEGER  CHECK (counted_usd >= 0),
    counted_lbp    INTEGER  CHECK (counted_lbp >= 0),
    report_json    TEXT,
    sync_status    TEXT     NOT NULL CHECK (sync_status IN ('pending', 'synced', 'conflict')),
    local_version  INTEGER  NOT NULL,
    -- closed is all or nothing
    CHECK ((close_seq IS NULL) = (closed_by IS NULL) AND (close_seq IS NULL) = (closed_at_ms IS NULL)
        AND (close_seq IS NULL) = (counted_usd IS NULL) AND (close_seq IS NULL) = (counted_lbp IS NULL)
        AND (close_seq IS NULL) = (report_json IS NULL))
);
-- at most one open shift per terminal, whatever the code above it does
CREATE UNIQUE INDEX ux_shift_open ON shift (terminal_id) WHERE close_seq IS NULL;
CREATE INDEX ix_shift_open_seq ON shift (open_seq);

-- Cash put into or taken out of the drawer for something other than a sale. A pay-out names its approving manager.
CREATE TABLE drawer_movement (
    id             TEXT     PRIMARY KEY,
    shift_id       TEXT     NOT NULL REFERENCES shift (id),
    kind           TEXT     NOT NULL CHECK (kind IN ('PAY_IN', 'PAY_OUT')),
    amount_minor   INTEGER  NOT NULL CHECK (amount_minor > 0),
    currency       TEXT     NOT NULL CHECK (currency IN ('USD', 'LBP')),
    reason         TEXT     NOT NULL CHECK (length(trim(reason)) > 0),
    by_name        TEXT     NOT NULL,
    approved_by    TEXT,
    at_ms          INTEGER  NOT NULL,
    seq            INTEGER  NOT NULL UNIQUE CHECK (seq > 0),
    sync_status    TEXT     NOT NULL CHECK (sync_status IN ('pending', 'synced', 'conflict')),
    local_version  INTEGER  NOT NULL,
    CHECK (kind = 'PAY_IN' OR approved_by IS NOT NULL)
);
CREATE INDEX ix_drawer_movement_shift ON drawer_movement (shift_id, seq);
