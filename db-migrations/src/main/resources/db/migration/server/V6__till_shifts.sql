-- Cedar POS server schema, version 6: tills' shifts and drawers, as the tills recorded them.
-- Portable SQL for H2 2.x and PostgreSQL.

-- Every shift record a till pushed (entity shift: open, movement, close), kept as it came: the till is where a
-- shift is counted and its Z report computed, offline if need be; the server keeps the branch's copy for the
-- cash office. One row per outbox entry, by its idempotency key.
CREATE TABLE till_shift_record (
    entry_id     VARCHAR(36)       PRIMARY KEY,
    branch_id    VARCHAR(36)       NOT NULL REFERENCES branch (id),
    terminal_id  VARCHAR(36)       NOT NULL,
    seq          BIGINT            NOT NULL,
    shift_id     VARCHAR(36)       NOT NULL,
    operation    VARCHAR(20)       NOT NULL,
    at_ms        BIGINT            NOT NULL,
    payload      VARCHAR(1000000)  NOT NULL,
    CONSTRAINT ck_till_shift_operation CHECK (operation IN ('open', 'movement', 'close')),
    CONSTRAINT uq_till_shift_terminal_seq UNIQUE (terminal_id, seq)
);
CREATE INDEX ix_till_shift_branch ON till_shift_record (branch_id, at_ms);
