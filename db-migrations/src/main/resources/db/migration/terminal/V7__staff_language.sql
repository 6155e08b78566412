-- Cedar POS terminal schema (SQLite), version 7: each member of staff's language on this till.

-- Chosen on the till (English or Arabic) and applied when they sign in again. Kept on the till that the choice
-- was made on: a preference, not a record of the business, so it is not synced.
CREATE TABLE staff_preference (
    staff_id       TEXT     PRIMARY KEY,
    language       TEXT     NOT NULL CHECK (language IN ('en', 'ar')),
    updated_at_ms  INTEGER  NOT NULL
);
