INSERT INTO "User" (email, name, role, views, balance, tags) VALUES
  ('alice@prisma.io', 'Alice', 'ADMIN', 10, 100.50, '{a,b}'),
  ('bob@prisma.io', 'Bob', 'USER', 3, NULL, '{}'),
  ('carol@prisma.io', NULL, 'USER', 0, 7.25, NULL);
INSERT INTO "Profile" (bio, "userId") VALUES ('Alice bio', 1);
INSERT INTO "Post" (title, published, "authorId") VALUES ('Hello', true, 1), ('Drafts', false, 1), ('Bob post', true, 2);
INSERT INTO "Note" (text, "userId") VALUES ('n1', 1), ('n2', 1), ('n3', NULL);
INSERT INTO "Comment" (body, "postId") VALUES ('c1', 1), ('c2', 1), ('c3', 3);
INSERT INTO "Category" (name) VALUES ('tech'), ('life');
INSERT INTO "_CategoryToPost" ("A", "B") VALUES (1, 1), (2, 1), (1, 3);
