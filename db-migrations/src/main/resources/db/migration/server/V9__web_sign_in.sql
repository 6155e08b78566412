-- Web sign-in: which branches a manager account may see and change, and the
-- lockout after repeated wrong passwords. Portable SQL for H2 2.x and PostgreSQL.

-- A manager account works on the branches listed here and no other; an admin
-- account works on every branch and has no rows.
CREATE TABLE staff_account_branch (
    username   VARCHAR(60)  NOT NULL REFERENCES staff_account (username),
    branch_id  VARCHAR(36)  NOT NULL REFERENCES branch (id),
    PRIMARY KEY (username, branch_id)
);
CREATE INDEX ix_staff_account_branch_branch ON staff_account_branch (branch_id);

-- Wrong passwords in a row since the last good one; at the limit the account
-- is locked until locked_until_ms (epoch milliseconds), whatever is typed.
ALTER TABLE staff_account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE staff_account ADD COLUMN locked_until_ms BIGINT;
