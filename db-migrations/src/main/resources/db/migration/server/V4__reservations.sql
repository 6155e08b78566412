-- Inventory reservations: recipes, stock balances and the server's decision per order line.
-- Portable SQL for H2 2.x and PostgreSQL.

-- What one portion of a dish takes from stock. A menu item without rows here is not tracked.
CREATE TABLE recipe_portion (
    menu_item_id   VARCHAR(36)  NOT NULL REFERENCES menu_item (id),
    stock_item_id  VARCHAR(36)  NOT NULL REFERENCES stock_item (id),
    per_portion    BIGINT       NOT NULL,
    PRIMARY KEY (menu_item_id, stock_item_id),
    CONSTRAINT ck_recipe_portion_positive CHECK (per_portion > 0)
);

-- The balance of each item, kept with every adjustment and decision under the branch lock:
-- level = the sum of its adjustments, held = what confirmed reservations not consumed yet take from it,
-- version counts the changes of either (terminals keep the newest balance they saw).
ALTER TABLE stock_item ADD COLUMN level BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stock_item ADD COLUMN held BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stock_item ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stock_item ADD CONSTRAINT ck_stock_item_held CHECK (held >= 0);
UPDATE stock_item SET level = (SELECT COALESCE(SUM(a.delta), 0) FROM stock_adjustment a
                               WHERE a.stock_item_id = stock_item.id);

-- A settled check's consumption is an adjustment too (reason SALE, written by the server only).
ALTER TABLE stock_adjustment DROP CONSTRAINT ck_stock_adjustment_reason;
ALTER TABLE stock_adjustment ADD CONSTRAINT ck_stock_adjustment_reason
    CHECK (reason IN ('DELIVERY', 'WASTE', 'COUNT', 'SALE'));

-- The server's decision on each order line of a tracked dish (cedarpos.domain.stock.Reservation). Counts are
-- portions of the dish; portions_json is the recipe when the line was first decided; status is derived from the
-- counts and kept for the manager's lists. order_id has no foreign key: the inventory module writes this row in the
-- transaction that first stores the order, and JPA orders the inserts of unrelated modules as it likes.
CREATE TABLE reservation (
    line_id        VARCHAR(36)    PRIMARY KEY,
    branch_id      VARCHAR(36)    NOT NULL REFERENCES branch (id),
    order_id       VARCHAR(36)    NOT NULL,
    menu_item_id   VARCHAR(36)    NOT NULL,
    dish           VARCHAR(200)   NOT NULL,
    ordered_by     VARCHAR(36)    NOT NULL,
    portions_json  VARCHAR(4000)  NOT NULL,
    requested      INT            NOT NULL,
    confirmed      INT            NOT NULL,
    consumed       INT            NOT NULL,
    status         VARCHAR(10)    NOT NULL,
    version        BIGINT         NOT NULL,
    decided_at_ms  BIGINT         NOT NULL,
    CONSTRAINT ck_reservation_counts CHECK (requested >= 0 AND consumed >= 0 AND consumed <= confirmed),
    CONSTRAINT ck_reservation_status CHECK (status IN ('PENDING', 'CONFIRMED', 'DENIED', 'RELEASED', 'CONSUMED'))
);
CREATE INDEX ix_reservation_branch ON reservation (branch_id, status, decided_at_ms);
CREATE INDEX ix_reservation_order ON reservation (order_id);
