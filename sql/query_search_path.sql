-- Generated SQL means the same whatever the caller's search_path (issue 7,
-- "Name resolution" in src/prisma_ext.h).  A role that can create objects
-- in a schema plants a shadow of every pg_catalog function, aggregate,
-- window function, operator and type there, each one raising "planted ...
-- ran" (or answering differently), plus tables named like the models.
-- With that schema FIRST on the search_path, every feature of prisma.query
-- and a db_push that exercises every kind of DDL step must run none of them
-- and answer exactly as before.  Statements of this file that run under the
-- shadowed path name their own functions and operators with pg_catalog.
\set VERBOSITY terse
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION citext;
SELECT prisma.db_push(pg_catalog.format($psl$
datasource db {
  provider = "postgresql"
}
enum Mood {
  HAPPY @map("happy")
  SAD   @map("sad-ish")
  MEH
}
enum Plain {
  ONE
  TWO
}
model Thing {
  id     Int       @id
  str    String?
  vc     String?   @db.VarChar(20)
  ci     String?   @db.Citext
  int    Int?
  small  Int?      @db.SmallInt
  oid    Int?      @db.Oid
  big    BigInt?
  float  Float?
  real   Float?    @db.Real
  dec    Decimal?
  money  Decimal?  @db.Money
  bool   Boolean?
  dt     DateTime?
  tstz   DateTime? @db.Timestamptz(3)
  date   DateTime? @db.Date
  time   DateTime? @db.Time(3)
  timetz DateTime? @db.Timetz(3)
  json   Json?
  bytes  Bytes?
  uuid   String?   @db.Uuid
  inet   String?   @db.Inet
  xml    String?   @db.Xml
  bit    String?   @db.Bit(4)
  varbit String?   @db.VarBit(8)
  char   String?   @db.Char(3)
  mood   Mood?
  plain  Plain?
  strs   String[]
  ints   Int[]
  dts    DateTime[]
  bytess Bytes[]
  moods  Mood[]
  owner  User?     @relation(fields: [ownerId], references: [id])
  ownerId Int?
}
model User {
  id      Int      @id
  email   String   @unique
  first   String
  last    String
  things  Thing[]
  profile Profile?
  groups  Group[]
  boss    User?    @relation("Boss", fields: [bossId], references: [id])
  bossId  Int?
  staff   User[]   @relation("Boss")
  @@unique([first, last])
}
model Profile {
  id     Int    @id
  bio    String
  user   User   @relation(fields: [userId], references: [id])
  userId Int    @unique
}
model Group {
  id    Int    @id
  name  String
  users User[]
}
model Wide {
  id Int @id
  %s
}
$psl$, (SELECT pg_catalog.string_agg(pg_catalog.format('f%s Int @default(%s)', i, i), E'\n  ') FROM generate_series(1, 55) i)))
  IS NOT NULL AS pushed;
INSERT INTO "User" VALUES (1, 'ann@x.io', 'Ann', 'Lee', NULL), (2, 'bob@x.io', 'Bob', 'Ray', 1), (3, 'cy@x.io', 'Cy', 'Ray', 1);
INSERT INTO "Profile" VALUES (1, 'hi', 1);
INSERT INTO "Group" VALUES (1, 'admins'), (2, 'devs');
INSERT INTO "_GroupToUser" VALUES (1, 1), (2, 1), (2, 2);
INSERT INTO "Thing" VALUES
  (1, 'Hello', 'VarChar', 'CiText', 42, 7, 99, 9007199254740993, 1.5, 2.5, 12.345, 3.5, true,
   '2024-01-02 03:04:05.678', '2024-01-02 03:04:05.678+02', '2024-01-02', '13:14:15.678', '13:14:15.678+02',
   '{"a": [1, 2]}', '\x00ff', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '10.0.0.1', '<x/>', B'1010', B'101', 'abc',
   'happy', 'ONE', '{a,b}', '{1,2}', '{"2024-01-01 00:00:00"}', ARRAY['\x01'::bytea], '{happy,MEH}', 1),
  (2, 'world%_', 'other', 'citext', -1, -7, 0, -1, -0.5, 0.25, -1, 0, false,
   '1969-07-20 20:17:40', '1999-12-31 23:59:59+00', '1970-01-01', '00:00:00', '23:59:59-08',
   '[]', '\x', '00000000-0000-0000-0000-000000000000', '::1', '<y/>', B'0000', B'', 'x', 'sad-ish', 'TWO',
   '{}', NULL, '{}', '{}', '{}', 2),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "Wide" (id) VALUES (1), (2);

-- every feature: outputs of every type, every filter, every kind of
-- relation, ordering, pagination, distinct, _count, locks, > 50 fields
CREATE TEMP TABLE search_path_docs (n serial, doc text, baseline text);
INSERT INTO search_path_docs (doc) VALUES
  ('{"model":"Thing","action":"findMany","args":{"orderBy":{"id":"asc"}}}'),
  ('{"model":"Thing","action":"findMany","args":{"where":{"str":{"contains":"l"},"vc":{"startsWith":"Var"},"ci":{"endsWith":"TEXT"}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"str":{"equals":"HELLO","mode":"insensitive"},"vc":{"contains":"char","mode":"insensitive"}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"ci":"citext"},"orderBy":{"ci":"desc"}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"ci":{"in":["CITEXT"]},"str":{"notIn":["x"],"mode":"insensitive"}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"vc":{"in":["VARCHAR","x"],"mode":"insensitive"}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"int":{"gt":0,"lte":42},"small":{"gte":7},"oid":{"lt":100},"big":{"not":5}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"float":{"in":[1.5,2]},"real":{"notIn":[0]},"dec":{"gt":"12.3"},"money":{"gte":3}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"dt":{"gt":"2000-01-01T00:00:00Z"},"tstz":{"lte":"2030-01-01T00:00:00Z"},"date":{"in":["2024-01-02T00:00:00Z"]}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"time":{"gt":"1970-01-01T01:00:00Z"},"bool":true,"bytes":{"in":["AP8="]},"uuid":{"not":"00000000-0000-0000-0000-000000000000"}}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"inet":"10.0.0.1","bit":"1010","varbit":{"not":"1"},"char":"abc"}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"mood":{"in":["HAPPY","SAD"]},"plain":{"not":"TWO"}},"orderBy":{"mood":"asc"}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"OR":[{"str":null},{"NOT":{"int":{"lt":0}}}],"AND":[{"id":{"gte":1}}]}}}'),
  ('{"model":"Thing","action":"findMany","args":{"select":{"id":true,"owner":{"select":{"email":true}}},"where":{"owner":{"is":{"email":{"contains":"@"}}}},"orderBy":{"owner":{"email":"desc"}}}}'),
  ('{"model":"User","action":"findMany","args":{"include":{"things":{"select":{"id":true,"str":true},"orderBy":{"id":"desc"},"take":1},"profile":true,"groups":true,"boss":true,"staff":{"select":{"first":true}},"_count":{"select":{"things":true,"staff":{"where":{"last":"Ray"}}}}},"orderBy":{"id":"asc"}}}'),
  ('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"things":{"some":{"mood":"HAPPY"}},"groups":{"every":{"name":{"startsWith":"a"}}},"staff":{"none":{"first":"Zed"}}}}}'),
  ('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"profile":{"isNot":null},"boss":null}}}'),
  ('{"model":"User","action":"findMany","args":{"select":{"email":true},"orderBy":[{"things":{"_count":"desc"}},{"email":"asc"}],"cursor":{"id":2},"take":2,"skip":1}}'),
  ('{"model":"User","action":"findMany","args":{"select":{"last":true},"distinct":["last"],"orderBy":{"last":"asc"},"take":-1}}'),
  ('{"model":"User","action":"findUnique","args":{"where":{"first_last":{"first":"Bob","last":"Ray"}},"include":{"boss":{"include":{"groups":{"where":{"name":"devs"}}}}}}}'),
  ('{"model":"User","action":"findFirstOrThrow","args":{"where":{"email":{"endsWith":".io"}},"orderBy":{"profile":{"bio":"asc"}},"lock":"update"}}'),
  ('{"model":"Group","action":"findMany","args":{"include":{"users":{"select":{"id":true},"cursor":{"id":2},"take":1}},"orderBy":{"name":"desc"}}}'),
  ('{"model":"Wide","action":"findMany","args":{"orderBy":{"id":"asc"},"take":1}}'),
  ('[{"model":"User","action":"findUnique","args":{"where":{"id":3}}},{"model":"Profile","action":"findFirst"}]');
UPDATE search_path_docs SET baseline = prisma.query(doc)::text;
SELECT pg_catalog.count(*) AS documents, pg_catalog.count(baseline) AS answered FROM search_path_docs;

-- the planter: a role that owns a schema, and the shadows it plants
CREATE ROLE prisma_ext_planter;
CREATE SCHEMA shadow AUTHORIZATION prisma_ext_planter;
GRANT USAGE ON SCHEMA shadow TO PUBLIC;
SET ROLE prisma_ext_planter;
CREATE FUNCTION shadow.ran(what text) RETURNS boolean LANGUAGE plpgsql AS
  $$BEGIN RAISE EXCEPTION 'planted % ran', what; END$$;
-- a table named like every model, and a temporary one
CREATE TABLE shadow."Thing" (id int, str text);
INSERT INTO shadow."Thing" VALUES (1, 'planted');
CREATE TABLE shadow."User" (id int, email text);
CREATE TABLE shadow."_GroupToUser" ("A" int, "B" int);
CREATE TEMP TABLE "Thing" (id int, str text);
INSERT INTO pg_temp."Thing" VALUES (1, 'temporary');
-- every function, window function and aggregate, with its exact signature
DO $plant$
DECLARE p record; body text := 'BEGIN RAISE EXCEPTION %L; END';
BEGIN
  FOR p IN SELECT oid, proname, prokind, pg_get_function_arguments(oid) AS args,
                  pg_get_function_identity_arguments(oid) AS ident,
                  pg_get_function_result(oid) AS result
           FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace LOOP
    BEGIN
      IF p.prokind = 'a' THEN
        EXECUTE format('CREATE FUNCTION shadow.%I(text%s) RETURNS text LANGUAGE plpgsql AS %L',
                       'sfunc_' || p.oid, CASE WHEN p.ident = '' THEN '' ELSE ', ' || p.ident END,
                       format(body, 'planted aggregate ' || p.proname || ' ran'));
        EXECUTE format('CREATE AGGREGATE shadow.%I(%s) (SFUNC = shadow.%I, STYPE = text)',
                       p.proname, CASE WHEN p.ident = '' THEN '*' ELSE p.ident END, 'sfunc_' || p.oid);
      ELSE
        BEGIN
          EXECUTE format('CREATE FUNCTION shadow.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
                         p.proname, p.args, p.result, format(body, 'planted ' || p.proname || ' ran'));
        EXCEPTION WHEN OTHERS THEN
          -- a result plpgsql cannot return (cstring, internal): the
          -- signature is what name resolution looks at
          EXECUTE format('CREATE FUNCTION shadow.%I(%s) RETURNS text LANGUAGE plpgsql AS %L',
                         p.proname, p.args, format(body, 'planted ' || p.proname || ' ran'));
        END;
      END IF;
    EXCEPTION WHEN OTHERS THEN NULL;   -- arguments plpgsql cannot take ("any", internal)
    END;
  END LOOP;
END $plant$;
-- every operator
DO $plant$
DECLARE o record;
BEGIN
  FOR o IN SELECT oid, oprname, oprleft::regtype AS l, oprright::regtype AS r, oprresult::regtype AS res
           FROM pg_operator WHERE oprnamespace = 'pg_catalog'::regnamespace LOOP
    BEGIN
      EXECUTE format('CREATE FUNCTION shadow.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L', 'op_' || o.oid,
                     CASE WHEN o.l = 0 THEN o.r::text ELSE o.l || ', ' || o.r END, o.res,
                     format('BEGIN RAISE EXCEPTION %L; END', 'planted operator ' || o.oprname || ' ran'));
      EXECUTE format('CREATE OPERATOR shadow.%s (%s RIGHTARG = %s, FUNCTION = shadow.%I)', o.oprname,
                     CASE WHEN o.l = 0 THEN '' ELSE 'LEFTARG = ' || o.l || ',' END, o.r, 'op_' || o.oid);
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
  END LOOP;
END $plant$;
-- every base and range type, as a domain whose check raises
DO $plant$
DECLARE t record;
BEGIN
  FOR t IN SELECT typname FROM pg_type
           WHERE typnamespace = 'pg_catalog'::regnamespace AND typtype IN ('b', 'r', 'm')
             AND typname NOT LIKE '\_%' LOOP
    BEGIN
      EXECUTE format('CREATE DOMAIN shadow.%I AS pg_catalog.%I CHECK (shadow.ran(%L))',
                     t.typname, t.typname, 'type ' || t.typname);
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
  END LOOP;
END $plant$;
-- a better match than pg_catalog's for a VarChar argument (the CVE-2018-1058 form)
CREATE FUNCTION shadow.lower(varchar) RETURNS text LANGUAGE plpgsql AS
  $$BEGIN RAISE EXCEPTION 'planted lower(varchar) ran'; END$$;
RESET ROLE;
-- functions taking "any" cannot be written in plpgsql: shadow them with
-- another built-in that answers differently (this takes a superuser)
CREATE FUNCTION shadow.json_build_object(VARIADIC "any") RETURNS json
  LANGUAGE internal STABLE AS 'json_build_array';
CREATE FUNCTION shadow.json_build_array(VARIADIC "any") RETURNS json
  LANGUAGE internal STABLE AS 'json_build_object';

-- what was planted: nearly all of pg_catalog, and every name the engine uses
SELECT pg_catalog.count(*) > 3000 AS functions_planted FROM pg_proc WHERE pronamespace = 'shadow'::regnamespace;
SELECT pg_catalog.count(*) > 700 AS operators_planted FROM pg_operator WHERE oprnamespace = 'shadow'::regnamespace;
SELECT pg_catalog.count(*) > 80 AS types_planted FROM pg_type WHERE typnamespace = 'shadow'::regnamespace AND typtype = 'd';
SELECT name AS not_planted FROM unnest(ARRAY['count', 'json_agg', 'json_build_object', 'to_json',
    'row_number', 'unnest', 'lower', 'translate', 'encode', 'decode', 'to_char', 'inet_out', 'timezone',
    'nextval', 'pg_get_serial_sequence', 'format', 'sha256', 'convert_to']) name
WHERE NOT EXISTS (SELECT FROM pg_proc WHERE pronamespace = 'shadow'::regnamespace AND proname = name)
UNION ALL
SELECT op FROM unnest(ARRAY['=', '<>', '<', '<=', '>', '>=', '~~', '~~*', '||', '+']) op
WHERE NOT EXISTS (SELECT FROM pg_operator WHERE oprnamespace = 'shadow'::regnamespace AND oprname = op)
UNION ALL
SELECT ty FROM unnest(ARRAY['text', 'int4', 'int2', 'int8', 'oid', 'float4', 'float8', 'numeric', 'money',
    'bool', 'timestamp', 'timestamptz', 'date', 'time', 'timetz', 'json', 'jsonb', 'bytea', 'uuid', 'inet',
    'xml', 'varbit', 'bpchar', 'regclass']) ty
WHERE NOT EXISTS (SELECT FROM pg_type WHERE typnamespace = 'shadow'::regnamespace AND typname = ty);

-- the shadows work: an unqualified call reaches them
SET LOCAL search_path = shadow, pg_catalog, public;
SAVEPOINT shadowed;
SELECT lower('X');
ROLLBACK TO SAVEPOINT shadowed;
SELECT 1 = 1;
ROLLBACK TO SAVEPOINT shadowed;
SELECT 'x'::text;
ROLLBACK TO SAVEPOINT shadowed;
SELECT json_build_object('a', 1);
SELECT str FROM "Thing";

-- every document answers as before, with no plan cached from before
SET LOCAL prisma.plan_cache_size = 0;
SELECT d.n, pg_catalog.left(d.doc, 60) AS changed
FROM pg_temp.search_path_docs d
WHERE prisma.query(d.doc)::pg_catalog.text OPERATOR(pg_catalog.<>) d.baseline
ORDER BY d.n;
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1},"select":{"str":true,"mood":true,"dt":true,"dec":true,"moods":true}}}');
-- with pg_catalog first: the VarChar shadow is a better match than
-- pg_catalog.lower(text), yet it does not run
SET LOCAL search_path = pg_catalog, shadow, public;
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"vc":{"equals":"VARCHAR","mode":"insensitive"}}}}');
SELECT d.n, pg_catalog.left(d.doc, 60) AS changed
FROM pg_temp.search_path_docs d
WHERE prisma.query(d.doc)::pg_catalog.text OPERATOR(pg_catalog.<>) d.baseline
ORDER BY d.n;

-- db_push under the shadowed path: a new column with a default, enum
-- values added and removed (a type rebuild with casts), a new model with
-- an implicit m-n table, a GIN index with an operator class, autoincrement
-- added to an id (a sequence and its nextval default)
SET LOCAL search_path = public;
UPDATE public."Thing" SET plain = NULL WHERE plain = 'TWO';
SET LOCAL search_path = shadow, pg_catalog, public;
SELECT prisma.db_push(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
         prisma.schema(),
         E'enum Plain {\n  ONE\n  TWO\n}', E'enum Plain {\n  ONE\n  THREE\n}'),
         E'  ownerId Int?\n}', E'  ownerId Int?\n  note String @default("n''1")\n  tags Tag[]\n  @@index([json(ops: JsonbPathOps)], type: Gin)\n}'),
         E'model Group {\n  id    Int    @id', E'model Group {\n  id    Int    @id @default(autoincrement())'),
         E'model Wide {', E'model Tag {\n  id Int @id\n  things Thing[]\n}\nmodel Wide {'),
       accept_data_loss => true) IS NOT NULL AS pushed;
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"select":{"id":true,"plain":true,"note":true,"tags":true},"orderBy":{"id":"asc"}}}');
-- the documents again (but 1 and 2, which read every Thing field, now
-- with note and tags, and those naming the removed enum value)
SELECT d.n, pg_catalog.left(d.doc, 60) AS changed
FROM pg_temp.search_path_docs d
WHERE d.doc OPERATOR(pg_catalog.!~~) '%plain%' AND d.n OPERATOR(pg_catalog.>) 2
  AND prisma.query(d.doc)::pg_catalog.text OPERATOR(pg_catalog.<>) d.baseline
ORDER BY d.n;
SELECT column_default FROM information_schema.columns WHERE table_schema OPERATOR(pg_catalog.=) 'public'
  AND table_name OPERATOR(pg_catalog.=) 'Group' AND column_name OPERATOR(pg_catalog.=) 'id';
-- and autoincrement removed again (the sequence is dropped)
SELECT prisma.db_push(pg_catalog.replace(prisma.schema(), '@id @default(autoincrement())', '@id'))
  IS NOT NULL AS pushed;
RESET search_path;
RESET prisma.plan_cache_size;
SELECT to_regclass('public.group_id_seq') IS NULL AS sequence_dropped;
SELECT column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'Group' AND column_name = 'id';
SELECT indexdef FROM pg_indexes WHERE indexname = 'Thing_json_idx';
SELECT enum_range(NULL::public."Plain");
SELECT * FROM shadow."Thing";
ROLLBACK;
