INSERT INTO members (handle, display_name, karma, score, joined_at) VALUES
  ('ada', 'Ada L.', 9007199254740993, 98.6, '2023-12-31 23:59:59.999+00'),
  ('bea', NULL, 12, 0.1, '2024-01-15 08:00:00+02'),
  ('cyd', 'Cyd', 0, -3.5, '2024-02-29 12:00:00+00'),
  ('Dee', 'dee', 7, 1e-7, '2024-03-01 00:00:00+00');
INSERT INTO member_settings (member_id, visibility, avatar, theme) VALUES
  (1, 'friends_only', '\x89504e47', 'dark'), (2, 'PUBLIC', NULL, 'system'), (3, 'PRIVATE', '\x', 'light');
INSERT INTO posts (body, author_id, reply_to_id, created_at) VALUES
  ('Hello, world', 1, NULL, '2024-04-01 10:00:00'),
  ('Welcome Ada!', 2, 1, '2024-04-01 10:05:00'),
  ('Thanks Bea', 1, 2, '2024-04-01 10:06:00'),
  ('Leap day post', 3, NULL, '2024-02-29 12:01:00'),
  ('Another thread', 2, NULL, '2024-04-02 09:00:00');
UPDATE members SET pinned_id = 4 WHERE member_id = 3;
UPDATE members SET pinned_id = 1 WHERE member_id = 1;
INSERT INTO follows (follower_id, followee_id, since) VALUES
  (1, 2, '2024-01-20'), (2, 1, '2024-01-21'), (3, 1, '2024-03-01'), (4, 1, '2024-03-02'), (4, 3, '2024-03-03');
INSERT INTO reactions (member_id, post_id, emoji) VALUES
  (2, 1, ':)'), (3, 1, ':)'), (3, 1, '<3'), (1, 2, ':D'), (4, 4, ':o');
