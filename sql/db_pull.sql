-- db_pull (issue 10): the live tables as a Prisma schema, as `prisma db pull`
-- prints it (test/migrate compares it with the real one), whoever made them.
\set VERBOSITY terse
SET client_min_messages = warning;
BEGIN;
CREATE SCHEMA pull;
CREATE TYPE pull."state" AS ENUM ('new', 'in-progress');
CREATE TABLE pull.account (
  id      bigserial PRIMARY KEY,
  "e-mail" varchar(100) NOT NULL UNIQUE,
  state   pull."state" NOT NULL DEFAULT 'in-progress',
  created timestamptz DEFAULT now(),
  tags    text[] DEFAULT '{}',
  score   numeric(6, 2),
  odd     tsvector
);
CREATE TABLE pull."_note" (
  id        serial PRIMARY KEY,
  account   bigint REFERENCES pull.account ON DELETE CASCADE,
  reviewer  bigint REFERENCES pull.account,
  body      text NOT NULL DEFAULT '',
  CONSTRAINT note_body_idx UNIQUE (account, body)
);
CREATE INDEX ON pull."_note" (body DESC);
-- one schema given: its tables, relations both ways, names Prisma would not choose mapped
SELECT prisma.db_pull(ARRAY['pull']);
-- a schema without tables
SELECT prisma.db_pull(ARRAY['nothing_here']);
-- pushing the pulled schema gives tables that pull the same again
SELECT prisma.db_pull(ARRAY['pull']) AS pulled \gset
DROP SCHEMA pull CASCADE;
SELECT prisma.db_push(:'pulled', accept_data_loss => true) IS NOT NULL AS pushed;
SELECT prisma.db_pull(ARRAY['pull']) = :'pulled' AS same_again;
ROLLBACK;
-- by default: the active schema's datasource schemas, else public
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Solo {
  id   Int    @id @default(autoincrement())
  name String @unique
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
SELECT prisma.db_pull() LIKE '%model Solo {%' AS pulls_public;
ROLLBACK;
-- a table without a usable identifier is @@ignore'd with Prisma's comment,
-- and relation fields to it are @ignore'd; literal defaults of Bytes and of
-- lists print as literals (base64 for Bytes), other expressions as dbgenerated;
-- onDelete defaults to SetNull only when every column of the key is nullable
BEGIN;
CREATE SCHEMA odd;
CREATE TABLE odd.loose (x int, y int UNIQUE, b bytea DEFAULT '\x74657374');
CREATE TABLE odd.keyed (id int PRIMARY KEY, y int REFERENCES odd.loose (y),
  tags text[] DEFAULT ARRAY['a''b', 'c'], nums float8[] DEFAULT ARRAY[1.5, -2],
  blobs bytea[] DEFAULT ARRAY['\x74'::bytea], stamps timestamp(3)[] DEFAULT ARRAY[]::timestamp(3)[],
  expr int DEFAULT (1 + 2));
CREATE TABLE odd.pair (a int, b int NOT NULL, PRIMARY KEY (b), UNIQUE (a, b));
CREATE TABLE odd.ref (id int PRIMARY KEY, pa int, pb int NOT NULL,
  FOREIGN KEY (pa, pb) REFERENCES odd.pair (a, b) ON DELETE RESTRICT);
SELECT prisma.db_pull(ARRAY['odd']);
-- db_push of what db_pull printed onto the same tables: nothing to do
SELECT prisma.db_push(prisma.db_pull(ARRAY['odd'])) AS nothing_to_do;
ROLLBACK;
-- the session's output settings do not change what db_pull reads (a push
-- of the same schema again has nothing to do), and a push into PostgreSQL
-- schemas that do not exist yet creates them
BEGIN;
SET LOCAL bytea_output = escape;
SET LOCAL extra_float_digits = -3;
SET LOCAL DateStyle = 'SQL, DMY';
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
  schemas  = ["fresh"]
}
model T {
  id Int      @id
  b  Bytes    @default("dGVzdA==")
  f  Float    @default(1.123456789012345)
  d  DateTime @default("2024-05-01T10:00:00.000Z")
  @@schema("fresh")
}
$$);
SELECT prisma.db_push(prisma.schema()) AS nothing_to_do;
DROP SCHEMA public CASCADE;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model T {
  id Int @id
}
$$, accept_data_loss => true);
ROLLBACK;
