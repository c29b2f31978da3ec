-- prisma.query runs with the caller's rights: GRANTs and row-level
-- security apply to the statement it runs.
\set VERBOSITY terse
SET client_min_messages = warning;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Note {
  id    Int    @id
  owner String
  body  String
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Note" VALUES (1, 'alice', 'a1'), (2, 'bob', 'b1'), (3, 'alice', 'a2');
CREATE ROLE prisma_ext_reader;
SET LOCAL ROLE prisma_ext_reader;
SELECT prisma.query('{"model":"Note","action":"findMany"}');
ROLLBACK;

BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Note {
  id    Int    @id
  owner String
  body  String
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Note" VALUES (1, 'alice', 'a1'), (2, 'bob', 'b1'), (3, 'alice', 'a2');
CREATE ROLE prisma_ext_alice;
GRANT SELECT ON "Note" TO prisma_ext_alice;
ALTER TABLE "Note" ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON "Note" FOR SELECT USING (owner = current_user::text OR current_user = 'prisma_ext_alice' AND owner = 'alice');
SET LOCAL ROLE prisma_ext_alice;
SELECT prisma.query('{"model":"Note","action":"findMany","args":{"orderBy":{"id":"asc"}}}');
SELECT prisma.query('{"model":"Note","action":"findUnique","args":{"where":{"id":2}}}');
ROLLBACK;
