-- Cedar POS terminal schema (SQLite), version 5: what the cashier's screens need from the catalog.

-- The branch's rate of the day, VAT, modifier groups and staff (PIN hashes only), as the catalog snapshot that
-- carried them: the terminal reads them whole (they are small) and never queries into them, so they are kept as
-- the protocol's own JSON of that snapshot, replaced with each catalog. One row.
CREATE TABLE cashier_catalog (
    id       INTEGER  PRIMARY KEY CHECK (id = 1),
    version  INTEGER  NOT NULL,
    json     TEXT     NOT NULL
);
