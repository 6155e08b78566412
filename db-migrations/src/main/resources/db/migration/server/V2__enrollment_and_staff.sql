-- Device enrollment, device tokens, staff accounts and the audit trail.
-- Portable SQL for H2 2.x and PostgreSQL.

-- People who sign in to the HTTP API and web admin. Passwords are stored as
-- PBKDF2 hashes with their salt and iteration count, never in clear.
CREATE TABLE staff_account (
    username       VARCHAR(60)   PRIMARY KEY,
    password_hash  VARCHAR(300)  NOT NULL,
    -- comma-separated roles: admin, manager
    roles          VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    disabled       BOOLEAN       NOT NULL DEFAULT FALSE
);

-- One-time codes a manager hands to a new terminal. Only the SHA-256 of the
-- normalised code is kept.
CREATE TABLE enrollment_code (
    code_hash         VARCHAR(64)  PRIMARY KEY,
    branch_id         VARCHAR(36)  NOT NULL REFERENCES branch (id),
    created_by        VARCHAR(60)  NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    expires_at_ms     BIGINT       NOT NULL,
    used_at           TIMESTAMP,
    used_by_terminal  VARCHAR(36)
);

-- The device token of a terminal: SHA-256 only. A new enrollment replaces it;
-- a manager can revoke it.
ALTER TABLE terminal ADD COLUMN token_hash VARCHAR(64);
ALTER TABLE terminal ADD COLUMN token_issued_at TIMESTAMP;
ALTER TABLE terminal ADD COLUMN token_revoked_at TIMESTAMP;
CREATE UNIQUE INDEX ux_terminal_token_hash ON terminal (token_hash);

-- Who did what, when: enrollment codes, enrollments, revocations, later
-- discounts, voids and refunds.
CREATE TABLE audit_event (
    id          VARCHAR(36)    PRIMARY KEY,
    at_ms       BIGINT         NOT NULL,
    actor       VARCHAR(100)   NOT NULL,
    action      VARCHAR(60)    NOT NULL,
    branch_id   VARCHAR(36),
    subject     VARCHAR(100),
    detail      VARCHAR(1000)
);
CREATE INDEX ix_audit_event_branch ON audit_event (branch_id, at_ms);
