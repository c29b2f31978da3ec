-- Writes run with the caller's rights: GRANTs and row-level security apply
-- to every step of a nested write, and a refused step undoes the others.
\set VERBOSITY terse
SET client_min_messages = warning;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Author {
  id    Int    @id
  owner String
  books Book[]
}
model Book {
  id       Int    @id
  title    String
  author   Author @relation(fields: [authorId], references: [id])
  authorId Int
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
INSERT INTO "Author" VALUES (1, 'alice'), (2, 'bob');
INSERT INTO "Book" VALUES (10, 'a', 1), (20, 'b', 2);
CREATE ROLE prisma_ext_writer;
GRANT USAGE ON SCHEMA public TO prisma_ext_writer;
-- authors may be created and read, books only read
GRANT SELECT, INSERT, UPDATE, DELETE ON "Author" TO prisma_ext_writer;
GRANT SELECT ON "Book" TO prisma_ext_writer;
SET ROLE prisma_ext_writer;
-- a nested create into the table without INSERT fails, and the author is not created
SELECT prisma.query('{"model":"Author","action":"create","args":{"data":{"id":3,"owner":"carol","books":{"create":{"id":30,"title":"c"}}}}}');
SELECT prisma.query('{"model":"Author","action":"create","args":{"data":{"id":3,"owner":"carol"}}}');
SELECT prisma.query('{"model":"Author","action":"update","args":{"where":{"id":3},"data":{"books":{"updateMany":{"where":{},"data":{"title":"x"}}}}}}');
SELECT prisma.query('{"model":"Book","action":"deleteMany"}');
RESET ROLE;
SELECT count(*) AS books FROM "Book";

-- row-level security: alice sees and changes only her authors
ALTER TABLE "Author" ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON "Author" USING (owner = 'alice');
SET ROLE prisma_ext_writer;
SELECT prisma.query('{"model":"Author","action":"update","args":{"where":{"id":2},"data":{"owner":"mallory"}}}');
SELECT prisma.query('{"model":"Author","action":"updateMany","args":{"data":{"owner":"alice"}}}');
SELECT prisma.query('{"model":"Author","action":"deleteMany"}');
SELECT prisma.query('{"model":"Author","action":"create","args":{"data":{"id":4,"owner":"mallory"}}}');
RESET ROLE;
SELECT id, owner FROM "Author" ORDER BY id;
DROP OWNED BY prisma_ext_writer;
DROP ROLE prisma_ext_writer;
