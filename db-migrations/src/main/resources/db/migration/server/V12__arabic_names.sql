-- Cedar POS server schema, version 14: the Arabic names of a branch's menu categories and table areas.
-- Portable SQL for H2 2.x and PostgreSQL.
-- A category (menu_item.category) and an area (dining_table.area) stay keys as typed: reports, printing routes and
-- sales by category go by them. A row here only says how the tills and pages show one in Arabic; none: as typed.
-- No foreign key to the dishes or tables: a name stays when the last dish or table leaves its category or area, and
-- shows again when one comes back.
CREATE TABLE menu_category_name (
    branch_id  VARCHAR(36)   NOT NULL REFERENCES branch (id),
    category   VARCHAR(100)  NOT NULL,
    name_ar    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (branch_id, category),
    CONSTRAINT ck_menu_category_name CHECK (TRIM(category) <> '' AND TRIM(name_ar) <> '')
);

CREATE TABLE table_area_name (
    branch_id  VARCHAR(36)  NOT NULL REFERENCES branch (id),
    area       VARCHAR(50)  NOT NULL,
    name_ar    VARCHAR(50)  NOT NULL,
    PRIMARY KEY (branch_id, area),
    CONSTRAINT ck_table_area_name CHECK (TRIM(area) <> '' AND TRIM(name_ar) <> '')
);
