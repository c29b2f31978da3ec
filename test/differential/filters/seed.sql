INSERT INTO "Doc" (id, title, body, tags, nums, bigs, reals, decs, flags, colors, days, data, meta, a, b, lo, hi) VALUES
  (1, 'alpha', 'first post', '{news,tech}', '{1,2,3}', '{9007199254740993}', '{1.5,2.5}', '{1.10,2.20}', '{true}', '{RED,green}', '{2024-01-01T00:00:00Z}',
   '{"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1, "y": [1, 2]}}', '{"kind": "post"}', 1, 2, 'a', 'b'),
  (2, 'beta', NULL, '{tech}', '{}', '{}', '{}', '{}', '{}', '{}', '{}',
   '{"name": "Bob", "age": 25, "tags": ["b"], "nested": {"x": 2}}', '{"kind": "page"}', 5, 5, 'b', 'a'),
  (3, 'gamma', 'third', '{}', '{4}', '{-1,2}', '{0.1}', '{0.5}', '{false,true}', '{BLUE}', '{2024-02-02T12:00:00Z,2024-03-03T00:00:00Z}',
   '"just a string"', '[1, 2, 3]', 9, 3, 'c', 'c'),
  (4, 'delta', 'fourth', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, 'null', 0, 1, 'd', 'e'),
  (5, 'epsilon', 'fifth', '{news}', '{2,3}', '{5}', '{2.5}', '{2.2}', '{true,true}', '{green,green}', '{2024-01-01T00:00:00Z}',
   '{"name": "Cy", "age": 41, "tags": [], "nested": null}', '{"kind": "post", "draft": true}', 3, 3, 'e', 'd');
INSERT INTO "JList" (id, j) VALUES
  (1, ARRAY['"test 1"', '{"a": 1}']::jsonb[]), (2, ARRAY['1', '2', '3']::jsonb[]),
  (3, ARRAY['null', '"test 2"']::jsonb[]), (4, '{}'), (5, ARRAY['[1, 2, 3]', 'null']::jsonb[]);
