-- Hardening of prisma.query (issue 7): LIMIT arithmetic at the int64 edge,
-- column-level privileges, Prisma's value tags only, limits only a
-- superuser can raise.
\set VERBOSITY terse
SET client_min_messages = warning;
BEGIN;
CREATE FUNCTION pg_temp.try(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ' ' || msg;
END $$;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Role {
  ADMIN
  USER
}
model User {
  id     Int      @id
  email  String   @unique
  secret String?
  role   Role     @default(USER)
  born   DateTime?
  big    BigInt?
  ratio  Float?
  price  Decimal?
  bytes  Bytes?
  posts  Post[]
}
model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
$$) IS NOT NULL AS pushed;
INSERT INTO "User" (id, email, secret, role, born, big, ratio, price, bytes) VALUES
  (1, 'a@x.io', 's1', 'ADMIN', '2024-01-01', 9007199254740993, 1.5, 2.25, '\x0102'),
  (2, 'b@x.io', 's2', 'USER', NULL, NULL, NULL, NULL, NULL),
  (3, 'c@x.io', 's3', 'USER', NULL, NULL, NULL, NULL, NULL);
INSERT INTO "Post" VALUES (1, 'p1', 1), (2, 'p2', 1), (3, 'p3', 2);

-- take at the int64 edge: -9223372036854775808 reads every row backwards
-- (negating it in C would overflow); beyond int64 is a validation error
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"take":-9223372036854775808}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"take":9223372036854775807}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"take":-9223372036854775808,"skip":1}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"take":-9223372036854775809}}');
SELECT pg_temp.try('{"model":"User","action":"findUnique","args":{"where":{"id":1},"select":{"posts":{"select":{"id":true},"take":-9223372036854775808}}}}');

-- column privileges: the statement reads only the columns the document needs
CREATE ROLE prisma_ext_columns;
GRANT SELECT (id, email) ON "User" TO prisma_ext_columns;
GRANT SELECT (id, "authorId", title) ON "Post" TO prisma_ext_columns;
SET LOCAL ROLE prisma_ext_columns;
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true,"email":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.try('{"model":"User","action":"findUnique","args":{"where":{"email":"b@x.io"},"select":{"email":true}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"where":{"email":{"contains":"x"}},"select":{"email":true,"posts":{"select":{"title":true}},"_count":{"select":{"posts":true}}},"orderBy":{"email":"desc"},"take":2}}');
SELECT pg_temp.try('{"model":"Post","action":"findMany","args":{"select":{"title":true,"author":{"select":{"email":true}}},"cursor":{"id":2},"orderBy":{"author":{"email":"asc"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"email":true},"distinct":["email"],"take":1}}');
-- a column the role may not read is still refused, naming the table
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true,"secret":true}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"secret":"s1"}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany"}');
RESET ROLE;

-- value tags: Prisma's JSON-protocol tags only, each for the field types
-- that take it
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"born":{"$type":"DateTime","value":"2024-01-01T00:00:00Z"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"big":{"$type":"BigInt","value":"9007199254740993"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"price":{"$type":"Decimal","value":"2.25"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"ratio":{"$type":"Decimal","value":"1.5"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"id":{"$type":"Decimal","value":"-1.9"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"id":{"$type":"Decimal","value":"1.9"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"bytes":{"$type":"Bytes","value":"AQI="}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"role":{"$type":"Enum","value":"ADMIN"}}}}');
-- an object with another $type is a plain object, so a type error (a Json
-- field would take it as it is, as Prisma does; Json filters and writes
-- come with their issues)
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"id":{"$type":"id\" OR 1=1","value":1}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"email":{"$type":"String","value":"a@x.io"}}}}');
-- a tag for another type, a tag without a string, bad tagged values
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"id":{"$type":"BigInt","value":"1"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"email":{"$type":"DateTime","value":"2024-01-01T00:00:00Z"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"email":{"$type":"Enum","value":"ADMIN"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"born":{"$type":"DateTime","value":5}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"born":{"$type":"DateTime","value":"yesterday"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"big":{"$type":"BigInt","value":"1.5"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"price":{"$type":"Decimal","value":"NaN"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"bytes":{"$type":"Bytes","value":"AQI"}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"id":{"$type":"Param","value":{"name":"p1"}}}}}');
SELECT pg_temp.try('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"id":{"equals":{"$type":"FieldRef","value":{"_ref":"id","_container":"User"}}}}}}');
ROLLBACK;

-- the limits can only be raised by a superuser
CREATE ROLE prisma_ext_limits;
SET ROLE prisma_ext_limits;
SET prisma.max_document_bytes = '100MB';
SET prisma.max_depth = 1000;
SET prisma.plan_cache_size = 100000;
SET prisma.max_schema_bytes = '100MB';
SET prisma.log_sql = on;
SELECT current_setting('prisma.max_document_bytes') AS max_document_bytes,
       current_setting('prisma.max_depth') AS max_depth,
       current_setting('prisma.plan_cache_size') AS plan_cache_size;
RESET ROLE;
DROP ROLE prisma_ext_limits;
