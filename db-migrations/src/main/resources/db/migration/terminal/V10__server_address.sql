-- Cedar POS terminal schema (SQLite), version 10: the server this till syncs with.

-- Stored with the identity at enrollment (the setup screen or --enroll), so that the next start needs no flags;
-- a --server given on the command line replaces it. Null on tills enrolled before V10 until they are next started.
ALTER TABLE terminal_state ADD COLUMN server_uri TEXT;
