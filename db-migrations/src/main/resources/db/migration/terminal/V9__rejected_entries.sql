-- Cedar POS terminal schema (SQLite), version 9: outbox entries the server refused for good.

-- The server answers an entry it can never apply (invalid payload, unknown operation, record too large, ...) by
-- counting its seq as applied and listing it as rejected in the ack (or in the welcome when the ack was lost). The
-- terminal keeps such an entry (the cashier and a manager must be able to see what did not reach the server) but it
-- is no longer pending: synced_at_ms is set like any acked entry, so the pending count and the pending indexes skip
-- it, and rejected_code says why it never took effect. Set in the transaction that records the ack.
ALTER TABLE outbox ADD COLUMN rejected_code TEXT;
ALTER TABLE outbox ADD COLUMN rejected_message TEXT;
ALTER TABLE outbox ADD COLUMN rejected_at_ms INTEGER;

CREATE INDEX ix_outbox_rejected ON outbox (seq) WHERE rejected_code IS NOT NULL;
