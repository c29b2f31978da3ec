INSERT INTO "Shop" VALUES (1, 'north'), (2, 'south'), (3, 'empty');
INSERT INTO "Item" (id, sku, title, qty, stock, big, price, cost, active, tier, "addedAt", day, tags, "shopId") VALUES
  (1, 'a-1', 'Anvil', 3, 10, 9007199254740993, 2.5, 10.125, true, 'FREE', '2024-01-01T10:00:00Z', '2024-01-01', '{steel,heavy}', 1),
  (2, 'a-2', 'Bell', 7, NULL, 9007199254740993, 0.1, 0.2, false, 'pro', '2024-02-01T10:00:00Z', '2024-02-01', '{}', 1),
  (3, 'b-1', NULL, 1, 4, -5, NULL, 1000000.5, true, 'TEAM', '2024-03-01T10:00:00.123Z', NULL, '{light}', 2),
  (4, 'b-2', 'Drum', 12, 0, NULL, 1e10, NULL, true, 'pro', '2023-12-31T23:59:59Z', '2023-12-31', NULL, 2),
  (5, 'c-1', 'Easel', 5, 6, 42, 3.75, 7.5, false, 'FREE', '2024-05-05T05:05:05Z', '2024-05-05', '{wood}', NULL);
