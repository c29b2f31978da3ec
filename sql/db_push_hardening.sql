-- db_push runs its DDL the same way whatever the session's settings
-- (issue 7): literals are safe under standard_conforming_strings = off,
-- every table is named with its schema, so neither a table earlier on the
-- search_path, a temporary table nor a system catalog of the same name is
-- touched instead.
\set VERBOSITY terse
SET client_min_messages = warning;

-- 1. literals under standard_conforming_strings = off: an enum label, a
-- String default and a Bytes default holding backslashes and quotes
BEGIN;
SET LOCAL standard_conforming_strings = off;
SELECT prisma.db_push($$datasource db {
  provider = "postgresql"
}
enum E {
  A @map("\\'); CREATE TABLE pwned(); --")
  B
}
model M {
  id Int    @id
  e  E      @default(A)
  s  String @default("it's a \\ back\\'slash")
  b  Bytes  @default("XCc=")
}$$) IS NOT NULL AS pushed;
SELECT to_regclass('pwned') IS NULL AS no_table_pwned;
SELECT enumlabel FROM pg_enum WHERE enumtypid = '"E"'::regtype ORDER BY enumsortorder;
INSERT INTO "M" (id) VALUES (1);
SET LOCAL standard_conforming_strings = on;
SELECT e, s, b, length(s) AS s_length FROM "M";
SELECT prisma.query('{"model":"M","action":"findMany"}');
-- the session's setting is back after the push
SHOW standard_conforming_strings;
ROLLBACK;

-- the pushed schema, then one field more, with a search_path that puts a
-- table "User" of another schema first and a temporary "User" on the side
BEGIN;
CREATE SCHEMA shadow;
CREATE TABLE shadow."User" (id int, planted text);
CREATE TEMP TABLE "User" (id int, temp text);
SELECT prisma.db_push($$datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String @unique
  posts Post[]
}
model Post {
  id       Int  @id @default(autoincrement())
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}$$) IS NOT NULL AS pushed;
INSERT INTO public."User" VALUES (1, 'a@x.io');
SELECT to_regclass('public."Post_id_seq"') IS NOT NULL AS sequence_exists;
SET search_path = shadow, public;
SELECT prisma.db_push($$datasource db {
  provider = "postgresql"
}
model User {
  id    Int     @id
  email String  @unique
  name  String  @default("none")
  posts Post[]
  @@index([name])
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}$$);
-- the pushed table has the column, the other two are untouched
SELECT CASE WHEN table_schema LIKE 'pg\_temp\_%' THEN 'pg_temp' ELSE table_schema END AS schema,
       string_agg(column_name, ', ' ORDER BY ordinal_position) AS columns
FROM information_schema.columns WHERE table_name = 'User' GROUP BY 1 ORDER BY 1;
SELECT prisma.query('{"model":"User","action":"findMany","args":{"include":{"posts":true}}}');
-- Post lost its autoincrement: the sequence it owned is gone
SELECT to_regclass('public."Post_id_seq"') IS NULL AS sequence_dropped;
-- the destructive-change checks count the rows of the pushed table too
-- (shadow."User" has two rows, public."User" one)
INSERT INTO shadow."User" VALUES (1, 'x'), (2, 'y');
\set VERBOSITY default
SAVEPOINT refused;
SELECT prisma.db_push($$datasource db {
  provider = "postgresql"
}
model User {
  id    Int     @id
  email String  @unique
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}$$);
\set VERBOSITY terse
ROLLBACK TO SAVEPOINT refused;
ROLLBACK;

-- models named like system catalogs
BEGIN;
SELECT prisma.db_push($$datasource db {
  provider = "postgresql"
}
model pg_class {
  id Int @id
}
model pg_type {
  id   Int    @id
  name String
}$$) IS NOT NULL AS pushed;
INSERT INTO public.pg_type VALUES (1, 'mine');
SELECT prisma.db_push($$datasource db {
  provider = "postgresql"
}
model pg_class {
  id   Int @id
  size Int @default(0)
}
model pg_type {
  id   Int     @id
  name String
  note String?
}$$) IS NOT NULL AS pushed;
SELECT prisma.query('{"model":"pg_type","action":"findMany"}');
SELECT prisma.query('{"model":"pg_class","action":"findMany"}');
SELECT prisma.db_push($$datasource db {
  provider = "postgresql"
}
model Empty {
  id Int @id
}$$, accept_data_loss => true) IS NOT NULL AS pushed;
SELECT count(*) > 0 AS pg_catalog_pg_type_intact FROM pg_catalog.pg_type;
SELECT to_regclass('public.pg_type') IS NULL AS dropped;
ROLLBACK;

-- The arena a push works in grows while SPI is connected (150 models, 150
-- data-loss warnings): its blocks must live in the push's memory context,
-- not in SPI's, which SPI_finish frees (once a crash).
BEGIN;
SELECT length(prisma.db_push((SELECT 'datasource db {
  provider = "postgresql"
}
' || string_agg(format('model M%s {
  id Int @id
  a%s String @default("%s")
}
', i, i, repeat('x', 200)), '') FROM generate_series(1, 150) i), accept_data_loss => true)) > 0 AS pushed;
DO $$ BEGIN FOR i IN 1..150 LOOP EXECUTE format('INSERT INTO %I VALUES (1)', 'M' || i); END LOOP; END $$;
SELECT length(prisma.db_push('datasource db {
  provider = "postgresql"
}
model Only {
  id Int @id
}', accept_data_loss => true)) > 0 AS dropped_all;
SELECT count(*) AS tables_left FROM pg_tables WHERE schemaname = 'public';
ROLLBACK;
