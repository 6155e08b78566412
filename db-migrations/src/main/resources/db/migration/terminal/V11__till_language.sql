-- Cedar POS terminal schema (SQLite), version 11: the till's own language.

-- Chosen on the setup screen, then by whoever last switched language on the till; a start with --locale overrides
-- it for that run only. One row at most. A member of staff's own language (staff_preference) applies when they sign
-- in. Not synced, like staff_preference.
CREATE TABLE till_preference (
    id             INTEGER  PRIMARY KEY CHECK (id = 1),
    language       TEXT     NOT NULL CHECK (language IN ('en', 'ar')),
    updated_at_ms  INTEGER  NOT NULL
);
