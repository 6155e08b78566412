-- The cashier: the rate of the day and VAT per branch, modifiers offered on dishes, and the staff who sign in on
-- the branch's terminals with a PIN. Portable SQL for H2 2.x and PostgreSQL.

-- How many pounds one dollar buys today (NULL until a manager sets it: the branch takes its own currency only),
-- when it was set, and VAT in basis points (1100 = 11%), included in menu prices or added on top.
ALTER TABLE branch ADD COLUMN lbp_per_usd BIGINT;
ALTER TABLE branch ADD COLUMN rate_set_at_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE branch ADD COLUMN vat_bp INT NOT NULL DEFAULT 0;
ALTER TABLE branch ADD COLUMN vat_included BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE branch ADD CONSTRAINT ck_branch_rate
    CHECK (lbp_per_usd IS NULL OR (lbp_per_usd >= 1 AND lbp_per_usd <= 100000000));
ALTER TABLE branch ADD CONSTRAINT ck_branch_rate_set_at CHECK (rate_set_at_ms >= 0);
ALTER TABLE branch ADD CONSTRAINT ck_branch_vat CHECK (vat_bp >= 0 AND vat_bp <= 5000);

-- Choices asked for when a dish is ordered ("Doneness": exactly one; "Sauces": up to two). min_choices above zero
-- makes the group required; max_choices can be no more than its options (cedarpos.domain.ModifierGroup, which the
-- catalog checks: a group that breaks it is left out of the catalog and logged).
CREATE TABLE modifier_group (
    id           VARCHAR(36)   PRIMARY KEY,
    branch_id    VARCHAR(36)   NOT NULL REFERENCES branch (id),
    name_en      VARCHAR(100)  NOT NULL,
    name_ar      VARCHAR(100)  NOT NULL,
    min_choices  INT           NOT NULL,
    max_choices  INT           NOT NULL,
    sort_order   INT           NOT NULL DEFAULT 0,
    CONSTRAINT ck_modifier_group_choices
        CHECK (min_choices >= 0 AND max_choices >= 1 AND min_choices <= max_choices AND max_choices <= 30),
    CONSTRAINT ck_modifier_group_names CHECK (TRIM(name_en) <> '' AND TRIM(name_ar) <> '')
);
CREATE INDEX ix_modifier_group_branch ON modifier_group (branch_id, sort_order);

-- One choice of a group and what it adds to one portion's price, in the branch's currency (never less).
CREATE TABLE modifier_option (
    id           VARCHAR(36)   PRIMARY KEY,
    group_id     VARCHAR(36)   NOT NULL REFERENCES modifier_group (id),
    name_en      VARCHAR(100)  NOT NULL,
    name_ar      VARCHAR(100)  NOT NULL,
    price_minor  BIGINT        NOT NULL DEFAULT 0,
    sort_order   INT           NOT NULL DEFAULT 0,
    CONSTRAINT ck_modifier_option_price CHECK (price_minor >= 0),
    CONSTRAINT ck_modifier_option_names CHECK (TRIM(name_en) <> '' AND TRIM(name_ar) <> '')
);
CREATE INDEX ix_modifier_option_group ON modifier_option (group_id, sort_order);

-- Which dishes offer which groups.
CREATE TABLE menu_item_modifier_group (
    menu_item_id  VARCHAR(36)  NOT NULL REFERENCES menu_item (id),
    group_id      VARCHAR(36)  NOT NULL REFERENCES modifier_group (id),
    PRIMARY KEY (menu_item_id, group_id)
);
CREATE INDEX ix_menu_item_modifier_group_group ON menu_item_modifier_group (group_id);

-- People who sign in on the branch's terminals. Only the PIN's salted PBKDF2 hash is kept
-- (pbkdf2-sha256$<iterations>$<salt>$<hash>, cedarpos.domain.staff.Pin); a terminal checks a PIN against it
-- offline. A member who leaves is deactivated, never deleted: audit rows and receipts keep naming them.
CREATE TABLE staff_member (
    id          VARCHAR(36)   PRIMARY KEY,
    branch_id   VARCHAR(36)   NOT NULL REFERENCES branch (id),
    name        VARCHAR(60)   NOT NULL,
    role        VARCHAR(10)   NOT NULL,
    pin_hash    VARCHAR(200)  NOT NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT ck_staff_member_role CHECK (role IN ('CASHIER', 'WAITER', 'MANAGER')),
    CONSTRAINT ck_staff_member_name CHECK (TRIM(name) <> ''),
    CONSTRAINT ck_staff_member_pin_hash CHECK (pin_hash LIKE 'pbkdf2-sha256$%')
);
CREATE INDEX ix_staff_member_branch ON staff_member (branch_id, active);
