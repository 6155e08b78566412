-- Cedar POS terminal schema (SQLite), version 8: the durable print queue and the branch's printing setup.

-- Every ticket this terminal owes a printer (kitchen station or receipt) is one row, written in the same transaction
-- as the change that causes it (sent to the kitchen, a void, a denial, a course fired, a check paid), so a crash can
-- neither lose a ticket nor print one for a change that rolled back. The row's id is the job number printed on the
-- ticket: AUTOINCREMENT never hands out a number twice, even after the newest rows are gone.
--
-- status: QUEUED (waiting, or back after a failed try), SENDING (committed before the first byte leaves; found at
-- start-up it means the terminal died mid-job, the outcome is unknown), PRINTED (the printer accepted every byte),
-- CANCELLED (a manager took it off the queue).
-- ticket_json keeps the ticket's content, not its bytes: a fallback printer may take another paper width, and a
-- reprint renders the same content again; job number, REPRINT, POSSIBLE DUPLICATE and the rerouting note are added
-- from this row when it prints.
CREATE TABLE print_job (
    id                  INTEGER  PRIMARY KEY AUTOINCREMENT,
    kind                TEXT     NOT NULL CHECK (kind IN ('NEW', 'ADD', 'VOID', 'DO_NOT_PREPARE', 'FIRE', 'RECEIPT')),
    station             TEXT,
    printer             TEXT     NOT NULL,
    rerouted_from       TEXT,
    order_id            TEXT,
    order_number        TEXT     NOT NULL,
    table_label         TEXT,
    ticket_json         TEXT     NOT NULL,
    status              TEXT     NOT NULL DEFAULT 'QUEUED'
                                 CHECK (status IN ('QUEUED', 'SENDING', 'PRINTED', 'CANCELLED')),
    attempts            INTEGER  NOT NULL DEFAULT 0,
    last_error          TEXT,
    possible_duplicate  INTEGER  NOT NULL DEFAULT 0 CHECK (possible_duplicate IN (0, 1)),
    reprint_of          INTEGER  REFERENCES print_job (id),
    -- one ticket per cause: a void or a denial applied again (a resent change) queues nothing new
    cause               TEXT     UNIQUE,
    created_at          INTEGER  NOT NULL,
    printed_at          INTEGER,
    printed_on          TEXT
);
-- each printer's worker takes its oldest open job
CREATE INDEX print_job_open ON print_job (printer, id) WHERE status IN ('QUEUED', 'SENDING');
CREATE INDEX print_job_order ON print_job (order_id);

-- The branch's printers, stations and routes from the last catalog, as the protocol's own JSON of them, so that a
-- terminal restarted without the server still prints. One row, replaced with each catalog.
CREATE TABLE printing_setup (
    id       INTEGER  PRIMARY KEY CHECK (id = 1),
    version  INTEGER  NOT NULL,
    json     TEXT     NOT NULL
);

-- kitchen_notice is no longer written: VOID and DO NOT PREPARE are print jobs now. Its rows stay as they were (no
-- printer ever drained them) for anyone who wants to read them.
