INSERT INTO customers (email, first_name, last_name, tier, tags, scores, metadata, avatar, balance, rating, created_at, updated_at, referrer_id) VALUES
  ('ann@shop.io', 'Ann', 'Lee', 'PRO', '{vip,early}', '{10,20,30}', '{"theme": "dark", "langs": ["en", "fr"], "n": 1.5}', '\x68656c6c6f', 1250.50, 4.5, '2024-01-01 10:00:00+00', '2024-01-02 10:00:00', NULL),
  ('ben@shop.io', 'Ben', 'Ng', 'FREE', '{}', NULL, NULL, NULL, 0, NULL, '2024-02-01 10:00:00+00', '2024-02-02 10:00:00', 1),
  ('cat@shop.io', 'Cat', 'Ruiz', 'FREE', '{early}', '{5}', '{"theme": "light"}', '\x00ff', 99999999.99, 3.25, '2024-03-01 10:00:00+00', '2024-03-02 10:00:00', 1),
  ('dan@shop.io', 'Dan', 'Lee', 'PRO', '{vip}', '{}', '[1, 2, 3]', NULL, -15.25, 5, '2024-04-01 10:00:00+00', '2024-04-02 10:00:00', 2);
INSERT INTO "_Friends" ("A", "B") VALUES (1, 2), (1, 3), (2, 3);
INSERT INTO "Product" (sku, name, price, weight, active, attributes) VALUES
  ('SKU-1', 'Lamp', 19.99, 1.25, true, '{"color": "red"}'),
  ('SKU-2', 'Desk', 249.00, 20, true, '{"color": "oak", "size": {"w": 120, "d": 60}}'),
  ('SKU-3', 'Chair', 89.50, 7.5, false, '{}'),
  ('SKU-4', 'Pen', 1.10, 0.01, true, '{"color": null}');
INSERT INTO orders (id, status, customer_id, note, "placedOn") VALUES
  ('00000000-0000-4000-8000-000000000001', 'paid', 1, 'gift wrap', '2024-05-01'),
  ('00000000-0000-4000-8000-000000000002', 'pending', 1, NULL, '2024-05-02'),
  ('00000000-0000-4000-8000-000000000003', 'shipped', 2, NULL, '2024-05-03'),
  ('00000000-0000-4000-8000-000000000004', 'cancelled', 3, 'wrong size', '2024-05-04');
INSERT INTO "OrderLine" ("orderId", "productSku", quantity) VALUES
  ('00000000-0000-4000-8000-000000000001', 'SKU-1', 2),
  ('00000000-0000-4000-8000-000000000001', 'SKU-4', 10),
  ('00000000-0000-4000-8000-000000000002', 'SKU-2', 1),
  ('00000000-0000-4000-8000-000000000003', 'SKU-3', 4),
  ('00000000-0000-4000-8000-000000000004', 'SKU-1', 1);
INSERT INTO "Category" (slug, "parentId") VALUES ('home', NULL), ('office', NULL), ('lighting', 1), ('desks', 2), ('lamps', 3);
INSERT INTO "_CategoryToProduct" ("A", "B") VALUES (3, 'SKU-1'), (5, 'SKU-1'), (4, 'SKU-2'), (2, 'SKU-2'), (2, 'SKU-3'), (2, 'SKU-4');
INSERT INTO "Profile" ("userFirst", "userLast", bio) VALUES ('Ann', 'Lee', 'hi'), ('Ben', 'Ng', '');
INSERT INTO "Account" ("profileFirst", "profileLast") VALUES ('Ann', 'Lee');
