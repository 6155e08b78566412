-- Cedar POS server schema, version 8: outbox entries the server can never apply (issue 14).
-- Portable SQL for H2 2.x and PostgreSQL.
-- A rejected entry is kept whole, as the terminal sent it, so a manager can see what was lost and why; its seq
-- counts as applied (the terminal's sequence goes on), and it has no change record. entity, operation and
-- record_id are the terminal's text, cut to the column (they may be what made the entry invalid). entry_id is not
-- unique: an entry may be rejected precisely because it reused another entry's id.
CREATE TABLE rejected_entry (
    entry_id        VARCHAR(36)      NOT NULL,
    branch_id       VARCHAR(36)      NOT NULL REFERENCES branch (id),
    terminal_id     VARCHAR(36)      NOT NULL REFERENCES terminal (id),
    seq             BIGINT           NOT NULL,
    entity          VARCHAR(100)     NOT NULL,
    record_id       VARCHAR(100)     NOT NULL,
    operation       VARCHAR(100)     NOT NULL,
    event_time_ms   BIGINT           NOT NULL,
    payload         VARCHAR(1100000) NOT NULL,
    code            VARCHAR(40)      NOT NULL,
    message         VARCHAR(1000)    NOT NULL,
    rejected_at_ms  BIGINT           NOT NULL,
    PRIMARY KEY (terminal_id, seq)
);

CREATE INDEX ix_rejected_entry_branch ON rejected_entry (branch_id, rejected_at_ms);
