-- What a till last reported of itself in its hello (docs/protocol.md, "Messages"): its software version, the
-- highest sequence it had written to its outbox, and when the oldest entry the server had not acked was written.
-- With last_applied_seq they tell a manager how many of its sales have not arrived. Portable SQL for H2 2.x and
-- PostgreSQL.
ALTER TABLE terminal ADD COLUMN app_version VARCHAR(50);
ALTER TABLE terminal ADD COLUMN reported_outbox_seq BIGINT;
ALTER TABLE terminal ADD COLUMN oldest_pending_at_ms BIGINT;
