-- The device token this terminal received at enrollment, and the clock offset
-- it measured against the server at its last connection.
ALTER TABLE terminal_state ADD COLUMN device_token TEXT;
ALTER TABLE terminal_state ADD COLUMN server_offset_ms INTEGER NOT NULL DEFAULT 0;
