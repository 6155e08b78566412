-- Demo data: one Beirut branch, its floor plan and a small Lebanese menu.
-- Loaded only when the server runs in demo mode (cedarpos.demo=true). Every insert
-- is guarded, so a re-run after an edit adds what is missing and changes nothing else.
-- Prices in US cents.

INSERT INTO branch (id, name, currency, catalog_version, change_head)
SELECT 'b0000000-0000-4000-8000-000000000001', 'Cedar Grill - Hamra', 'USD', 1, 0
WHERE NOT EXISTS (SELECT 1 FROM branch WHERE id = 'b0000000-0000-4000-8000-000000000001');

INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'T1', 'Hall', 4
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000001');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'T2', 'Hall', 4
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000002');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'T3', 'Hall', 4
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000003');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'T4', 'Hall', 6
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000004');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000001', 'T5', 'Hall', 6
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000005');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000001', 'T6', 'Hall', 2
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000006');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000000001', 'T7', 'Terrace', 4
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000007');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000008', 'b0000000-0000-4000-8000-000000000001', 'T8', 'Terrace', 4
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000008');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-000000000001', 'T9', 'Terrace', 6
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000009');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000010', 'b0000000-0000-4000-8000-000000000001', 'B1', 'Bar', 2
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000010');
INSERT INTO dining_table (id, branch_id, label, area, seats) SELECT 'c0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000001', 'B2', 'Bar', 2
WHERE NOT EXISTS (SELECT 1 FROM dining_table WHERE id = 'c0000000-0000-4000-8000-000000000011');

INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'Mezze', 'Hummus', 'حمص', 450, 1
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000001');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'Mezze', 'Moutabal', 'متبل', 500, 2
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000002');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'Mezze', 'Tabbouleh', 'تبولة', 550, 3
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000003');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'Mezze', 'Fattoush', 'فتوش', 550, 4
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000004');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000001', 'Mezze', 'Warak Enab', 'ورق عنب', 600, 5
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000005');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000001', 'Mezze', 'Rakakat', 'رقاقات', 500, 6
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000006');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000000001', 'Grills', 'Shish Tawook', 'شيش طاووق', 1200, 7
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000007');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000008', 'b0000000-0000-4000-8000-000000000001', 'Grills', 'Kafta Meshwieh', 'كفتة مشوية', 1100, 8
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000008');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-000000000001', 'Grills', 'Lahm Meshwi', 'لحم مشوي', 1500, 9
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000009');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000010', 'b0000000-0000-4000-8000-000000000001', 'Grills', 'Mixed Grill', 'مشاوي مشكلة', 1800, 10
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000010');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000001', 'Manakish', 'Manoushe Za''atar', 'منقوشة زعتر', 250, 11
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000011');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000012', 'b0000000-0000-4000-8000-000000000001', 'Manakish', 'Manoushe Jebneh', 'منقوشة جبنة', 350, 12
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000012');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000013', 'b0000000-0000-4000-8000-000000000001', 'Manakish', 'Lahm bi Ajeen', 'لحم بعجين', 400, 13
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000013');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000014', 'b0000000-0000-4000-8000-000000000001', 'Drinks', 'Jallab', 'جلاب', 300, 14
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000014');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000015', 'b0000000-0000-4000-8000-000000000001', 'Drinks', 'Ayran', 'عيران', 200, 15
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000015');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000016', 'b0000000-0000-4000-8000-000000000001', 'Drinks', 'Lemonade with Mint', 'ليموناضة بالنعناع', 350, 16
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000016');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000017', 'b0000000-0000-4000-8000-000000000001', 'Drinks', 'Almaza', 'ألمازة', 400, 17
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000017');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000018', 'b0000000-0000-4000-8000-000000000001', 'Drinks', 'Lebanese Coffee', 'قهوة لبنانية', 200, 18
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000018');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000019', 'b0000000-0000-4000-8000-000000000001', 'Desserts', 'Knefeh', 'كنافة', 500, 19
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000019');
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000020', 'b0000000-0000-4000-8000-000000000001', 'Desserts', 'Mouhalabieh', 'مهلبية', 400, 20
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000020');

-- Stock the kitchen counts, in its own units.
INSERT INTO stock_item (id, branch_id, name, unit) SELECT 'd0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'Kofta skewers', 'skewer'
WHERE NOT EXISTS (SELECT 1 FROM stock_item WHERE id = 'd0000000-0000-4000-8000-000000000001');
INSERT INTO stock_item (id, branch_id, name, unit) SELECT 'd0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'Shish tawook skewers', 'skewer'
WHERE NOT EXISTS (SELECT 1 FROM stock_item WHERE id = 'd0000000-0000-4000-8000-000000000002');
INSERT INTO stock_item (id, branch_id, name, unit) SELECT 'd0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'Lamb chops', 'piece'
WHERE NOT EXISTS (SELECT 1 FROM stock_item WHERE id = 'd0000000-0000-4000-8000-000000000003');
INSERT INTO stock_item (id, branch_id, name, unit) SELECT 'd0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'Kibbeh nayyeh', 'portion'
WHERE NOT EXISTS (SELECT 1 FROM stock_item WHERE id = 'd0000000-0000-4000-8000-000000000004');

-- A seasonal raw dish that sells out most nights.
INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor, sort_order) SELECT 'a0000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000001', 'Mezze', 'Kibbeh Nayyeh', 'كبة نية', 900, 7
WHERE NOT EXISTS (SELECT 1 FROM menu_item WHERE id = 'a0000000-0000-4000-8000-000000000021');

-- Recipes: what one portion takes from stock. Dishes without one are not tracked.
INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion) SELECT 'a0000000-0000-4000-8000-000000000007', 'd0000000-0000-4000-8000-000000000002', 2
WHERE NOT EXISTS (SELECT 1 FROM recipe_portion WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000007' AND stock_item_id = 'd0000000-0000-4000-8000-000000000002');
INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion) SELECT 'a0000000-0000-4000-8000-000000000008', 'd0000000-0000-4000-8000-000000000001', 2
WHERE NOT EXISTS (SELECT 1 FROM recipe_portion WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000008' AND stock_item_id = 'd0000000-0000-4000-8000-000000000001');
INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion) SELECT 'a0000000-0000-4000-8000-000000000009', 'd0000000-0000-4000-8000-000000000003', 3
WHERE NOT EXISTS (SELECT 1 FROM recipe_portion WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000009' AND stock_item_id = 'd0000000-0000-4000-8000-000000000003');
INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion) SELECT 'a0000000-0000-4000-8000-000000000010', 'd0000000-0000-4000-8000-000000000001', 1
WHERE NOT EXISTS (SELECT 1 FROM recipe_portion WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000010' AND stock_item_id = 'd0000000-0000-4000-8000-000000000001');
INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion) SELECT 'a0000000-0000-4000-8000-000000000010', 'd0000000-0000-4000-8000-000000000002', 1
WHERE NOT EXISTS (SELECT 1 FROM recipe_portion WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000010' AND stock_item_id = 'd0000000-0000-4000-8000-000000000002');
INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion) SELECT 'a0000000-0000-4000-8000-000000000010', 'd0000000-0000-4000-8000-000000000003', 1
WHERE NOT EXISTS (SELECT 1 FROM recipe_portion WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000010' AND stock_item_id = 'd0000000-0000-4000-8000-000000000003');
INSERT INTO recipe_portion (menu_item_id, stock_item_id, per_portion) SELECT 'a0000000-0000-4000-8000-000000000021', 'd0000000-0000-4000-8000-000000000004', 1
WHERE NOT EXISTS (SELECT 1 FROM recipe_portion WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000021' AND stock_item_id = 'd0000000-0000-4000-8000-000000000004');

-- The morning delivery, once: 40 kofta and 40 tawook skewers, 30 lamb chops, 6 portions of kibbeh nayyeh.
INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta, note, stamp, origin, created_at) SELECT 'e0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'DELIVERY', 40, 'opening stock', '0:00000000-0000-0000-0000-000000000000:0', '00000000-0000-0000-0000-000000000000', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM stock_adjustment WHERE id = 'e0000000-0000-4000-8000-000000000001');
INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta, note, stamp, origin, created_at) SELECT 'e0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'DELIVERY', 40, 'opening stock', '0:00000000-0000-0000-0000-000000000000:0', '00000000-0000-0000-0000-000000000000', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM stock_adjustment WHERE id = 'e0000000-0000-4000-8000-000000000002');
INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta, note, stamp, origin, created_at) SELECT 'e0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000003', 'DELIVERY', 30, 'opening stock', '0:00000000-0000-0000-0000-000000000000:0', '00000000-0000-0000-0000-000000000000', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM stock_adjustment WHERE id = 'e0000000-0000-4000-8000-000000000003');
INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta, note, stamp, origin, created_at) SELECT 'e0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000004', 'DELIVERY', 6, 'opening stock', '0:00000000-0000-0000-0000-000000000000:0', '00000000-0000-0000-0000-000000000000', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM stock_adjustment WHERE id = 'e0000000-0000-4000-8000-000000000004');
-- the balance of an item always equals its ledger (a re-run recomputes it; nothing above changes a level twice)
UPDATE stock_item SET level = (SELECT COALESCE(SUM(a.delta), 0) FROM stock_adjustment a WHERE a.stock_item_id = stock_item.id)
WHERE branch_id = 'b0000000-0000-4000-8000-000000000001';

-- The cashier, once: today's rate (89,500 pounds to the dollar) and 11% VAT included in the prices. Only while the
-- rate was never set, so a manager's later rate or VAT survives a re-run.
UPDATE branch SET lbp_per_usd = 89500, rate_set_at_ms = CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT),
    vat_bp = 1100, vat_included = TRUE
WHERE id = 'b0000000-0000-4000-8000-000000000001' AND lbp_per_usd IS NULL;

-- Modifiers: doneness on the meat grills (exactly one), sauces on every grill and extras on the manakish (up to two).
INSERT INTO modifier_group (id, branch_id, name_en, name_ar, min_choices, max_choices, sort_order) SELECT 'f0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'Doneness', 'درجة الاستواء', 1, 1, 1
WHERE NOT EXISTS (SELECT 1 FROM modifier_group WHERE id = 'f0000000-0000-4000-8000-000000000001');
INSERT INTO modifier_group (id, branch_id, name_en, name_ar, min_choices, max_choices, sort_order) SELECT 'f0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'Sauces', 'صلصات', 0, 2, 2
WHERE NOT EXISTS (SELECT 1 FROM modifier_group WHERE id = 'f0000000-0000-4000-8000-000000000002');
INSERT INTO modifier_group (id, branch_id, name_en, name_ar, min_choices, max_choices, sort_order) SELECT 'f0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'Manakish extras', 'إضافات المناقيش', 0, 2, 3
WHERE NOT EXISTS (SELECT 1 FROM modifier_group WHERE id = 'f0000000-0000-4000-8000-000000000003');

INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'Medium', 'وسط', 0, 1
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000001');
INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000001', 'Medium well', 'فوق الوسط', 0, 2
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000002');
INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000001', 'Well done', 'مستوي جيداً', 0, 3
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000003');
INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000002', 'Extra garlic sauce (toum)', 'ثوم إضافي', 50, 1
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000004');
INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000002', 'Hot sauce', 'صلصة حارة', 0, 2
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000005');
INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000002', 'Tahini', 'طحينة', 50, 3
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000006');
INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000003', 'Add cheese', 'إضافة جبنة', 100, 1
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000007');
INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor, sort_order) SELECT 'f1000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000003', 'Add vegetables', 'إضافة خضار', 50, 2
WHERE NOT EXISTS (SELECT 1 FROM modifier_option WHERE id = 'f1000000-0000-4000-8000-000000000008');

-- Doneness: Lahm Meshwi, beef cubes grilled to order (kafta and the mixed grill go out done as the kitchen does them).
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000001'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000009' AND group_id = 'f0000000-0000-4000-8000-000000000001');
-- Sauces: every grill, Shish Tawook included.
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000002'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000007' AND group_id = 'f0000000-0000-4000-8000-000000000002');
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000002'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000008' AND group_id = 'f0000000-0000-4000-8000-000000000002');
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000002'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000009' AND group_id = 'f0000000-0000-4000-8000-000000000002');
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000010', 'f0000000-0000-4000-8000-000000000002'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000010' AND group_id = 'f0000000-0000-4000-8000-000000000002');
-- Manakish extras: Za'atar, Jebneh, Lahm bi Ajeen.
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000011', 'f0000000-0000-4000-8000-000000000003'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000011' AND group_id = 'f0000000-0000-4000-8000-000000000003');
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000012', 'f0000000-0000-4000-8000-000000000003'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000012' AND group_id = 'f0000000-0000-4000-8000-000000000003');
INSERT INTO menu_item_modifier_group (menu_item_id, group_id) SELECT 'a0000000-0000-4000-8000-000000000013', 'f0000000-0000-4000-8000-000000000003'
WHERE NOT EXISTS (SELECT 1 FROM menu_item_modifier_group WHERE menu_item_id = 'a0000000-0000-4000-8000-000000000013' AND group_id = 'f0000000-0000-4000-8000-000000000003');

-- Staff who sign in on the tills. PINs (demo only): Rana 2580 (manager), Karim 1111 (cashier), Maya 2222 (waiter);
-- only their PBKDF2 hashes are stored (cedarpos.domain.staff.Pin.hash).
INSERT INTO staff_member (id, branch_id, name, role, pin_hash, active, created_at) SELECT '5a000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'Rana Haddad', 'MANAGER', 'pbkdf2-sha256$20000$CC9JfqEKIUHcbAQvPEXMmQ==$9UwySp1VL8kbFf300wF7lubXDHpNxFbzT6K3GwFxm0U=', TRUE, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM staff_member WHERE id = '5a000000-0000-4000-8000-000000000001');
INSERT INTO staff_member (id, branch_id, name, role, pin_hash, active, created_at) SELECT '5a000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'Karim Nassar', 'CASHIER', 'pbkdf2-sha256$20000$5MWCAxH3vkh+9ApfP08JlA==$L06NlB3KdEATKkcYH0o7BRhCPZKK73VQpcY3tSiYZdc=', TRUE, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM staff_member WHERE id = '5a000000-0000-4000-8000-000000000002');
INSERT INTO staff_member (id, branch_id, name, role, pin_hash, active, created_at) SELECT '5a000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'Maya Khoury', 'WAITER', 'pbkdf2-sha256$20000$B2QtYKtcz7WzollIZahlcg==$ld52Mnns5aZ0iHRilFQv5BWanqgC6HkgwTogij5OFgo=', TRUE, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM staff_member WHERE id = '5a000000-0000-4000-8000-000000000003');

-- Printing, once: a printer per kitchen station on 127.0.0.1 ports 9100-9103 (a demo needs no LAN: whatever
-- listens there gets the tickets), the stations with their Arabic names, the grill falling back to the cold mezze
-- printer after a minute, routes by menu category, and the grill for anything unrouted. Only while the branch has
-- no station, so a manager's own setup survives a re-run (one the manager emptied gets the demo's again).
INSERT INTO printer (branch_id, code, name, host, port, paper, sort_order)
SELECT 'b0000000-0000-4000-8000-000000000001', v.code, v.name, '127.0.0.1', v.port, v.paper, v.sort_order
FROM (VALUES ('grill-1', 'Grill printer', 9100, 'MM80', 1), ('cold-mezze-1', 'Cold mezze printer', 9101, 'MM80', 2),
             ('bar-1', 'Bar printer', 9102, 'MM58', 3), ('dessert-1', 'Dessert printer', 9103, 'MM80', 4))
    AS v (code, name, port, paper, sort_order)
WHERE NOT EXISTS (SELECT 1 FROM kitchen_station WHERE branch_id = 'b0000000-0000-4000-8000-000000000001')
  AND NOT EXISTS (SELECT 1 FROM printer p WHERE p.branch_id = 'b0000000-0000-4000-8000-000000000001'
                  AND p.code = v.code);
INSERT INTO kitchen_station (branch_id, code, name_en, name_ar, printer_code, fallback_printer_code,
                             fallback_after_seconds, sort_order)
SELECT 'b0000000-0000-4000-8000-000000000001', v.code, v.name_en, v.name_ar, v.printer_code, v.fallback, 60, v.sort_order
FROM (VALUES ('grill', 'Grill', 'المشاوي', 'grill-1', 'cold-mezze-1', 1),
             ('cold-mezze', 'Cold mezze', 'المازة الباردة', 'cold-mezze-1', CAST(NULL AS VARCHAR(40)), 2),
             ('bar', 'Bar', 'البار', 'bar-1', CAST(NULL AS VARCHAR(40)), 3),
             ('dessert', 'Desserts', 'الحلويات', 'dessert-1', CAST(NULL AS VARCHAR(40)), 4))
    AS v (code, name_en, name_ar, printer_code, fallback, sort_order)
WHERE NOT EXISTS (SELECT 1 FROM kitchen_station WHERE branch_id = 'b0000000-0000-4000-8000-000000000001');
INSERT INTO station_category_route (branch_id, category, station_code)
SELECT 'b0000000-0000-4000-8000-000000000001', v.category, v.station_code
FROM (VALUES ('Mezze', 'cold-mezze'), ('Grills', 'grill'), ('Manakish', 'grill'), ('Drinks', 'bar'),
             ('Desserts', 'dessert')) AS v (category, station_code)
WHERE NOT EXISTS (SELECT 1 FROM station_category_route WHERE branch_id = 'b0000000-0000-4000-8000-000000000001')
  AND EXISTS (SELECT 1 FROM kitchen_station s WHERE s.branch_id = 'b0000000-0000-4000-8000-000000000001'
              AND s.code = v.station_code);
UPDATE branch SET default_station = 'grill'
WHERE id = 'b0000000-0000-4000-8000-000000000001' AND default_station IS NULL
  AND EXISTS (SELECT 1 FROM kitchen_station WHERE branch_id = 'b0000000-0000-4000-8000-000000000001'
              AND code = 'grill');

-- The Arabic names of the menu's categories and the floor's areas, once: only while the branch has none, so a
-- manager's own names survive a re-run.
INSERT INTO menu_category_name (branch_id, category, name_ar)
SELECT 'b0000000-0000-4000-8000-000000000001', v.category, v.name_ar
FROM (VALUES ('Mezze', 'مازة'), ('Grills', 'مشاوي'), ('Manakish', 'مناقيش'), ('Drinks', 'مشروبات'),
             ('Desserts', 'حلويات')) AS v (category, name_ar)
WHERE NOT EXISTS (SELECT 1 FROM menu_category_name WHERE branch_id = 'b0000000-0000-4000-8000-000000000001');
INSERT INTO table_area_name (branch_id, area, name_ar)
SELECT 'b0000000-0000-4000-8000-000000000001', v.area, v.name_ar
FROM (VALUES ('Hall', 'الصالة'), ('Terrace', 'التراس'), ('Bar', 'البار')) AS v (area, name_ar)
WHERE NOT EXISTS (SELECT 1 FROM table_area_name WHERE branch_id = 'b0000000-0000-4000-8000-000000000001');
