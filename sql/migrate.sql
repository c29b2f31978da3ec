-- Prisma Migrate in the database (issue 10): migrate_dev, migrate_status,
-- migrate_deploy, migrate_resolve, migrate_reset, migrations_export, the
-- DDL history of event triggers, drift, and who may change the records.
-- The models live in their own schema "mig", which migrate_reset empties.
\set VERBOSITY default
SET client_min_messages = warning;
-- a fresh extension: an empty history and no active schema
DROP EXTENSION prisma_ext CASCADE;
CREATE EXTENSION prisma_ext;
SELECT count(*) AS history_rows FROM prisma.ddl_history;
CREATE FUNCTION pg_temp.status() RETURNS json LANGUAGE sql AS $$
  SELECT json_build_object('up_to_date', s->'up_to_date', 'message', s->'message', 'pending', s->'pending',
                           'failed', s->'failed', 'edited', s->'edited', 'drift', json_array_length(s->'drift'))
    FROM prisma.migrate_status() s $$;
CREATE FUNCTION pg_temp.v1() RETURNS text LANGUAGE sql AS $$ SELECT $s$
datasource db {
  provider = "postgresql"
  schemas  = ["mig"]
}
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  @@schema("mig")
}
$s$ $$;
CREATE FUNCTION pg_temp.v2() RETURNS text LANGUAGE sql AS $$ SELECT replace(pg_temp.v1(), '  @@schema("mig")
}', '  posts Post[]
  @@schema("mig")
}
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  author   User   @relation(fields: [authorId], references: [id])
  authorId Int
  @@schema("mig")
}') $$;

-- migrate_dev: Prisma's migration text, recorded (YYYYMMDDHHMMSS_name, checksum) and applied
SELECT migration_name ~ '^\d{14}_init$' AS named, status, script FROM prisma.migrate_dev('init', pg_temp.v1());
SELECT migration_name ~ '^\d{14}_add_posts$' AS named, status, script FROM prisma.migrate_dev('add posts', pg_temp.v2());
SELECT migration_name IS NULL AS no_migration, status FROM prisma.migrate_dev('nothing', pg_temp.v2());
SELECT count(*) AS migrations, bool_and(checksum = encode(sha256(convert_to(script, 'UTF8')), 'hex')) AS checksums,
       bool_and(finished_at IS NOT NULL AND applied_steps_count > 0) AS applied,
       min(migration_name) < max(migration_name) AS ordered
  FROM prisma.migrations;
SELECT pg_temp.status();
SELECT prisma.query('{"model":"User","action":"create","args":{"data":{"email":"a@x","posts":{"create":{"title":"t"}}},"include":{"posts":true}}}');
-- the history: each command of each migration, with its statement
SELECT regexp_replace(source, '\d{14}', 'YYYYMMDDHHMMSS') AS source, command_tag, object_type, object_identity
  FROM prisma.ddl_log ORDER BY id;

-- DDL by hand is drift: migrate_status shows it and migrate_dev refuses
ALTER TABLE mig."User" ADD COLUMN nickname text;
SELECT source, command_tag, object_identity, statement FROM prisma.ddl_log WHERE source = 'by hand';
SELECT pg_temp.status();
\set VERBOSITY terse
SELECT * FROM prisma.migrate_dev('more', pg_temp.v2());
\set VERBOSITY default
SELECT regexp_replace(line, '\d{4}-\d\d-\d\d \d\d:\d\d:\d\d', 'TIME') AS drift
  FROM json_array_elements_text(prisma.migrate_status()->'drift') line;
-- a temporary table and DDL outside the managed schemas are recorded but are no drift
CREATE TEMP TABLE scratch (x int);
CREATE TABLE public.mig_unrelated (x int);
DROP TABLE public.mig_unrelated;
SELECT count(*) AS temp_rows FROM prisma.ddl_history WHERE object_identity LIKE '%scratch%';
-- accepting drift: record it as a migration (create_only diffs, runs nothing), mark it applied
SELECT status, script FROM prisma.migrate_dev('nickname', replace(pg_temp.v2(), 'email String @unique', 'email String @unique
  nickname String?'), create_only => true);
SELECT regexp_replace(pg_temp.status()::text, '\d{14}', 'YYYYMMDDHHMMSS') AS status;
SELECT regexp_replace(prisma.migrate_resolve((SELECT migration_name FROM prisma.migrations WHERE migration_name LIKE '%_nickname'), 'applied'), '\d{14}', 'YYYYMMDDHHMMSS') AS resolved;
SELECT pg_temp.status();
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"email":true,"nickname":true}}}');
-- DDL that leaves the tables as the schema says is no drift (compared through db_pull)
CREATE INDEX tmp_idx ON mig."User" (email);
DROP INDEX mig.tmp_idx;
SELECT pg_temp.status();
-- the live tables against a schema, both ways
SELECT prisma.migrate_diff_from_database(pg_temp.v2(), ARRAY['mig']);
SELECT prisma.migrate_diff_to_database(NULL, ARRAY['mig']) LIKE '%CREATE TABLE "mig"."User"%' AS creates_user;

-- migrate_deploy: a failing migration is rolled back, recorded as failed with its error, and blocks
SELECT * FROM prisma.migrate_deploy('[{"name":"20990101000000_bad","sql":"CREATE TABLE mig.t1 (id int);\nCREATE TABLE mig.\"User\" (id int);\n"}]');
SELECT to_regclass('mig.t1') IS NULL AS t1_rolled_back;
SELECT migration_name, finished_at IS NULL AS unfinished, split_part(logs, E'\n', 1) AS log FROM prisma.migrations WHERE logs IS NOT NULL;
SELECT pg_temp.status();
SELECT * FROM prisma.migrate_deploy('[{"name":"20990101000001_next","sql":"SELECT 1"}]');
SELECT * FROM prisma.migrate_dev('blocked', pg_temp.v2());
SELECT prisma.migrate_resolve('20990101000000_bad', 'rolled_back');
SELECT * FROM prisma.migrate_deploy('[{"name":"20990101000000_bad","sql":"-- CreateTable\nCREATE TABLE \"t1\" (id int);\n"},
                                       {"name":"20990101000001_next","sql":"BEGIN;\nALTER TABLE \"t1\" ADD COLUMN y text;\nCOMMIT;\n"}]');
SELECT to_regclass('mig.t1') IS NULL AS not_in_mig, to_regclass('public.t1') IS NOT NULL AS in_public;
DROP TABLE public.t1;
-- applied ones are skipped; an edited one is reported
SELECT * FROM prisma.migrate_deploy('[{"name":"20990101000000_bad","sql":"-- CreateTable\nCREATE TABLE \"t1\" (id int);\n"},
                                       {"name":"20990101000001_next","sql":"-- edited\n"}]');
SELECT pg_temp.status();
SELECT json_array_length(prisma.migrate_status('[{"name":"20990101000001_next","sql":"-- edited\n"}]')->'applied_not_given') AS applied_not_given,
       prisma.migrate_status('[{"name":"20990101000001_next","sql":"-- edited\n"}]')->'edited' AS edited;

-- migrations_export: the shape migrate_deploy takes
SELECT json_array_length(prisma.migrations_export()) AS exported,
       (SELECT bool_and(e->>'checksum' = encode(sha256(convert_to(e->>'sql', 'UTF8')), 'hex')) FROM json_array_elements(prisma.migrations_export()) e) AS checksums;

-- migrate_reset: drops the managed schema's objects and applies every migration again
SELECT regexp_replace(migration_name, '^\d{14}_', 'YYYYMMDDHHMMSS_') AS migration_name, status FROM prisma.migrate_reset();
SELECT count(*) AS users_after_reset FROM mig."User";
SELECT pg_temp.status();
SELECT prisma.query('{"model":"Post","action":"findMany","args":{}}');

-- the records are the extension's: a normal role reads them, cannot write them or migrate
CREATE ROLE mig_reader;
SET ROLE mig_reader;
SELECT count(*) > 0 AS can_read FROM prisma.migrations;
INSERT INTO prisma.migrations (id, checksum, migration_name, script) VALUES ('x', 'x', 'forged', '');
DELETE FROM prisma.ddl_history;
-- the history holds statements, which may carry secrets: not readable by all
SELECT count(*) FROM prisma.ddl_history;
SELECT prisma.migrate_resolve('20990101000001_next', 'rolled_back');
RESET ROLE;
DROP ROLE mig_reader;

-- errors
SELECT * FROM prisma.migrate_dev('bad', 'model {');
SELECT * FROM prisma.migrate_dev(NULL, pg_temp.v2());
SELECT prisma.migrate_resolve('nope', 'applied');
SELECT prisma.migrate_resolve('20990101000001_next', 'applied');
SELECT prisma.migrate_resolve('20990101000001_next', 'rolled_back');
SELECT prisma.migrate_resolve('20990101000001_next', 'forgotten');
SELECT * FROM prisma.migrate_deploy('{"name":"x"}');
SELECT * FROM prisma.migrate_deploy('[{"name":"x"}]');
SELECT * FROM prisma.migrate_deploy('[{"name":"x","sql":"SELECT 1","schema":"model {"}]');
SELECT * FROM prisma.migrate_deploy('[{"name":"../escape","sql":"SELECT 1"}]');
SELECT * FROM prisma.migrate_deploy('[{"name":"twice","sql":"SELECT 1"},{"name":"twice","sql":"SELECT 2"}]');
-- data loss is refused unless accepted
SELECT prisma.query('{"model":"User","action":"create","args":{"data":{"email":"b@x","posts":{"create":{"title":"t"}}}}}') IS NOT NULL AS created;
SELECT * FROM prisma.migrate_dev('drop posts', pg_temp.v1());
SELECT status, script FROM prisma.migrate_dev('drop posts', pg_temp.v1(), accept_data_loss => true);

-- a db_push after migrations is drift: its tables are not what the migrations made
SELECT prisma.db_push(pg_temp.v2(), accept_data_loss => true) IS NOT NULL AS pushed;
SELECT (pg_temp.status()->>'drift')::int > 0 AS drift;
-- a push that fails inside a savepoint leaves no context behind: later DDL is by hand
-- (clash, made by hand, has duplicates for the primary key the push adds)
CREATE TABLE mig.clash (id int);
INSERT INTO mig.clash VALUES (1), (1);
BEGIN;
SAVEPOINT s;
SELECT prisma.db_push(replace(pg_temp.v2(), 'model User {', 'model clash {
  id Int @id
  @@schema("mig")
}
model User {'));
ROLLBACK TO s;
CREATE TABLE mig.after_abort (id int);
COMMIT;
SELECT source FROM prisma.ddl_log WHERE object_identity = 'mig.after_abort';
DROP TABLE mig.clash, mig.after_abort;

-- migrate_diff to an empty schema: the down migration
SELECT prisma.migrate_diff(pg_temp.v2(), NULL);

-- leave the database as the next tests expect it
DROP TABLE public.t1;
SELECT count(*) AS reapplied FROM prisma.migrate_reset();
DROP SCHEMA mig CASCADE;
DROP TABLE public.t1;
DROP EXTENSION prisma_ext CASCADE;
CREATE EXTENSION prisma_ext;
