-- Bad documents: Prisma-like messages with the path, SQLSTATE 22023 and a
-- DETAIL JSON {"code","meta"}; nothing is written.
SET client_min_messages = warning;
BEGIN;
CREATE FUNCTION pg_temp.try(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
  RETURN st || ' ' || msg || CASE WHEN det <> '' THEN E'\n' || det ELSE '' END;
END $$;
-- before any schema is pushed
SELECT pg_temp.try('{"model":"User","action":"findMany"}');
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String @unique
  name  String?
  posts Post[]
}
model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
  data     Json?
  tags     String[]
}
$$) IS NOT NULL AS pushed;
INSERT INTO "User" VALUES (1, 'a@x.io', 'A');
-- malformed JSON and envelopes
SELECT pg_temp.try('{"model":"User","action":');
SELECT pg_temp.try('[1, 2]');
SELECT pg_temp.try('{"model":"User"}');
SELECT pg_temp.try('{"model":"User","action":"findMany","extra":1}');
-- unknown model, action, argument, field: with the nearest valid name
SELECT pg_temp.try('{"model":"Usr","action":"findMany"}');
SELECT pg_temp.try('{"model":"User","action":"findMnay"}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"wher":{}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"where":{"emial":"x"}}}');
SELECT pg_temp.try('{"model":"Post","action":"findMany","args":{"where":{"author":{"is":{"emial":"x"}}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"nmae":true}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"include":{"email":true}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"orderBy":{"emal":"asc"}}}');
-- wrong value types
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"where":{"id":"one"}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"where":{"id":3000000000}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"take":"5"}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"skip":-1}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"orderBy":{"id":"up"}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"orderBy":{"id":"asc","email":"desc"}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"where":{"email":null}}}');
-- select and include together, an empty select, select and omit
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"include":{"posts":true}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"omit":{"name":true}}}');
-- findUnique needs a unique criterion
SELECT pg_temp.try('{"model":"User","action":"findUnique","args":{"where":{"name":"A"}}}');
SELECT pg_temp.try('{"model":"User","action":"findUnique","args":{}}');
SELECT pg_temp.try('{"model":"User","action":"findUnique","args":{"where":{"id":1},"take":1}}');
-- OrThrow: P2025, SQLSTATE P0002
SELECT pg_temp.try('{"model":"User","action":"findUniqueOrThrow","args":{"where":{"id":7}}}');
SELECT pg_temp.try('{"model":"User","action":"findFirstOrThrow","args":{"where":{"name":"nobody"}}}');
-- limits: document size and nesting depth
SET LOCAL prisma.max_document_bytes = 64;
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"where":{"email":{"contains":"xxxxxxxxxxxxxxxx"}}}}');
RESET prisma.max_document_bytes;
SET LOCAL prisma.max_depth = 2;
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"include":{"posts":{"include":{"author":{"include":{"posts":true}}}}}}}');
RESET prisma.max_depth;
-- a failing batch returns nothing
SELECT pg_temp.try('[{"model":"User","action":"findMany"},{"model":"Nope","action":"findMany"}]');
-- statement_timeout cancels a long read
INSERT INTO "Post" (id, title, "authorId") SELECT g, 'post ' || g, 1 FROM generate_series(1, 200000) g;
SET LOCAL statement_timeout = '5ms';
\set VERBOSITY terse
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"where":{"title":{"contains":"9","mode":"insensitive"}},"orderBy":{"title":"desc"},"select":{"id":true,"author":{"select":{"email":true}}}}}') IS NOT NULL;
ROLLBACK;
