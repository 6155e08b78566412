-- Cedar POS server schema, version 7: how a branch prints (cedarpos.domain.printing.PrintingSetup).
-- Portable SQL for H2 2.x and PostgreSQL.
-- The server keeps the setup and sends it in the catalog; the terminals print from it on the LAN, offline if need
-- be. Codes are short names unique in the branch (lower-case letters, digits and dashes; the domain checks the
-- exact form), so every reference below is (branch_id, code) and a setup cannot name another branch's printer.

-- Thermal ESC/POS printers on the branch LAN, reached over raw TCP. sort_order keeps the manager's order.
CREATE TABLE printer (
    branch_id   VARCHAR(36)   NOT NULL REFERENCES branch (id),
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(80)   NOT NULL,
    host        VARCHAR(253)  NOT NULL,
    port        INT           NOT NULL,
    paper       VARCHAR(4)    NOT NULL,
    sort_order  INT           NOT NULL,
    PRIMARY KEY (branch_id, code),
    CONSTRAINT ck_printer_code CHECK (code <> '' AND LOWER(code) = code AND code NOT LIKE '% %'),
    CONSTRAINT ck_printer_name CHECK (TRIM(name) <> ''),
    CONSTRAINT ck_printer_host CHECK (TRIM(host) <> '' AND host NOT LIKE '% %'),
    CONSTRAINT ck_printer_port CHECK (port >= 1 AND port <= 65535),
    CONSTRAINT ck_printer_paper CHECK (paper IN ('MM58', 'MM80'))
);

-- Kitchen stations (grill, cold mezze, bar...) and where their tickets print. When the printer has been failing
-- for fallback_after_seconds, the fallback printer (if any) takes over.
CREATE TABLE kitchen_station (
    branch_id               VARCHAR(36)  NOT NULL REFERENCES branch (id),
    code                    VARCHAR(40)  NOT NULL,
    name_en                 VARCHAR(80)  NOT NULL,
    name_ar                 VARCHAR(80)  NOT NULL,
    printer_code            VARCHAR(40)  NOT NULL,
    fallback_printer_code   VARCHAR(40),
    fallback_after_seconds  INT          NOT NULL DEFAULT 60,
    sort_order              INT          NOT NULL,
    PRIMARY KEY (branch_id, code),
    CONSTRAINT fk_kitchen_station_printer FOREIGN KEY (branch_id, printer_code) REFERENCES printer (branch_id, code),
    CONSTRAINT fk_kitchen_station_fallback
        FOREIGN KEY (branch_id, fallback_printer_code) REFERENCES printer (branch_id, code),
    CONSTRAINT ck_kitchen_station_code CHECK (code <> '' AND LOWER(code) = code AND code NOT LIKE '% %'),
    CONSTRAINT ck_kitchen_station_names CHECK (TRIM(name_en) <> '' AND TRIM(name_ar) <> ''),
    CONSTRAINT ck_kitchen_station_fallback
        CHECK (fallback_printer_code IS NULL OR fallback_printer_code <> printer_code),
    CONSTRAINT ck_kitchen_station_delay CHECK (fallback_after_seconds >= 1 AND fallback_after_seconds <= 3600)
);

-- Which station makes a dish: the dish's own route wins over its menu category's (menu_item.category, same
-- width); the branch's default station takes the rest.
CREATE TABLE station_category_route (
    branch_id     VARCHAR(36)   NOT NULL REFERENCES branch (id),
    category      VARCHAR(100)  NOT NULL,
    station_code  VARCHAR(40)   NOT NULL,
    PRIMARY KEY (branch_id, category),
    CONSTRAINT fk_station_category_route_station
        FOREIGN KEY (branch_id, station_code) REFERENCES kitchen_station (branch_id, code),
    CONSTRAINT ck_station_category_route_category CHECK (TRIM(category) <> '')
);

CREATE TABLE station_item_route (
    menu_item_id  VARCHAR(36)  PRIMARY KEY REFERENCES menu_item (id),
    branch_id     VARCHAR(36)  NOT NULL REFERENCES branch (id),
    station_code  VARCHAR(40)  NOT NULL,
    CONSTRAINT fk_station_item_route_station
        FOREIGN KEY (branch_id, station_code) REFERENCES kitchen_station (branch_id, code)
);
CREATE INDEX ix_station_item_route_branch ON station_item_route (branch_id);

-- The station of dishes no route names; NULL while the branch has no stations.
ALTER TABLE branch ADD COLUMN default_station VARCHAR(40);
ALTER TABLE branch ADD CONSTRAINT fk_branch_default_station
    FOREIGN KEY (id, default_station) REFERENCES kitchen_station (branch_id, code);

-- The printer an enrolled terminal prints its receipts on; a terminal without a row prints none.
CREATE TABLE receipt_printer (
    terminal_id   VARCHAR(36)  PRIMARY KEY REFERENCES terminal (id),
    branch_id     VARCHAR(36)  NOT NULL REFERENCES branch (id),
    printer_code  VARCHAR(40)  NOT NULL,
    CONSTRAINT fk_receipt_printer_printer FOREIGN KEY (branch_id, printer_code) REFERENCES printer (branch_id, code)
);
CREATE INDEX ix_receipt_printer_branch ON receipt_printer (branch_id);
