INSERT INTO "User" (email, name, role, "createdAt") VALUES
  ('alice@prisma.io', 'Alice', 'ADMIN', '2024-01-01 10:00:00'),
  ('bob@prisma.io', 'Bob', 'USER', '2024-02-01 11:30:00'),
  ('carol@prisma.io', NULL, 'USER', '2024-03-01 09:15:00.250'),
  ('dave@example.com', 'Dave', 'USER', '2024-04-01 00:00:00');
INSERT INTO "Profile" (bio, "userId") VALUES ('Alice writes about databases', 1), ('Bob likes ORMs', 2);
INSERT INTO "Post" (title, content, published, views, "authorId", "createdAt") VALUES
  ('Hello World', 'First post', true, 120, 1, '2024-01-02 08:00:00'),
  ('Prisma in Postgres', 'Inside the database', true, 340, 1, '2024-01-05 08:00:00'),
  ('Drafts', NULL, false, 0, 1, '2024-01-09 08:00:00'),
  ('Bob''s notes', 'Some notes', true, 15, 2, '2024-02-03 12:00:00'),
  ('50% off_sale', 'LIKE wildcards', false, 7, 2, '2024-02-04 12:00:00'),
  ('Carol''s first', 'Hi', true, 99, 3, '2024-03-02 12:00:00');
INSERT INTO "Category" (name) VALUES ('tech'), ('life'), ('news');
INSERT INTO "_CategoryToPost" ("A", "B") VALUES (1, 1), (1, 2), (2, 4), (3, 1), (3, 6);
