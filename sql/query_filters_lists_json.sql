-- Scalar-list and Json filters (issue 9), as Prisma's engine writes them
-- for PostgreSQL, and their errors.
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.q(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ' ' || msg;
END $$;
CREATE FUNCTION pg_temp.ids(model text, filter text) RETURNS text LANGUAGE sql AS $$
  SELECT pg_temp.q(format('{"model":"%s","action":"findMany","args":{"where":%s,"select":{"id":true},"orderBy":{"id":"asc"}}}', model, filter)) $$;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Color {
  RED
  GREEN @map("green")
}
model Doc {
  id     Int        @id
  tags   String[]
  nums   Int[]
  colors Color[]
  days   DateTime[]
  data   Json?
  raw    Json?      @db.Json
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
INSERT INTO "Doc" VALUES
  (1, '{a,b}', '{1,2}', '{RED,green}', '{2024-01-01}', '{"name": "Ann", "age": 30, "tags": ["x", "y"]}', '{"k": 1}'),
  (2, '{}', '{}', '{}', '{}', 'null', 'null'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL),
  (4, '{b}', '{3}', '{green}', '{2024-02-02T10:00:00Z}', '"Ann"', '[1, 2]');

-- lists: has, hasEvery, hasSome, isEmpty (a NULL list is neither empty nor not), equals
SELECT pg_temp.ids('Doc', '{"tags":{"has":"b"}}');
SELECT pg_temp.ids('Doc', '{"tags":{"hasEvery":["a","b"]}}');
SELECT pg_temp.ids('Doc', '{"nums":{"hasSome":[2,3]}}');
SELECT pg_temp.ids('Doc', '{"tags":{"isEmpty":true}}');
SELECT pg_temp.ids('Doc', '{"tags":{"isEmpty":false}}');
SELECT pg_temp.ids('Doc', '{"nums":{"equals":[1,2]}}');
SELECT pg_temp.ids('Doc', '{"nums":{"equals":null}}');
SELECT pg_temp.ids('Doc', '{"colors":{"has":"GREEN"}}');
SELECT pg_temp.ids('Doc', '{"days":{"has":"2024-02-02T10:00:00.000Z"}}');
-- Json: equals / not of values, the null sentinels, paths, string and array filters, comparisons
SELECT pg_temp.ids('Doc', '{"data":{"equals":"Ann"}}');
SELECT pg_temp.ids('Doc', '{"data":{"path":["name"],"equals":"Ann"}}');
SELECT pg_temp.ids('Doc', '{"data":{"equals":{"$type":"Enum","value":"DbNull"}}}');
SELECT pg_temp.ids('Doc', '{"data":{"equals":{"$type":"Enum","value":"JsonNull"}}}');
SELECT pg_temp.ids('Doc', '{"data":{"equals":{"$type":"Enum","value":"AnyNull"}}}');
SELECT pg_temp.ids('Doc', '{"data":{"not":{"$type":"Enum","value":"AnyNull"}}}');
SELECT pg_temp.ids('Doc', '{"data":{"path":["name"],"string_starts_with":"an","mode":"insensitive"}}');
SELECT pg_temp.ids('Doc', '{"data":{"path":["tags"],"array_contains":["y"]}}');
SELECT pg_temp.ids('Doc', '{"data":{"path":["tags"],"array_ends_with":"y"}}');
SELECT pg_temp.ids('Doc', '{"data":{"path":["age"],"gte":30}}');
-- a @db.Json column is compared as jsonb too
SELECT pg_temp.ids('Doc', '{"raw":{"equals":[1,2]}}');
SELECT pg_temp.ids('Doc', '{"raw":{"path":["k"],"lt":2}}');
-- json has no equality: distinct and groupBy compare a @db.Json field as jsonb
SELECT pg_temp.q('{"model":"Doc","action":"findMany","args":{"distinct":["raw"],"select":{"raw":true},"orderBy":{"id":"asc"}}}');
SELECT json_array_length(pg_temp.q('{"model":"Doc","action":"groupBy","args":{"by":["raw"],"_count":true}}')::json) AS groups,
       pg_temp.q('{"model":"Doc","action":"groupBy","args":{"by":["raw"],"_count":true}}')::jsonb @> '[{"_count": 1, "raw": [1, 2]}]' AS has_array_group;

-- errors
SELECT pg_temp.ids('Doc', '{"tags":{"has":"a","isEmpty":false}}');
SELECT pg_temp.ids('Doc', '{"tags":{}}');
SELECT pg_temp.ids('Doc', '{"tags":["a"]}');
SELECT pg_temp.ids('Doc', '{"nums":{"has":"x"}}');
SELECT pg_temp.ids('Doc', '{"tags":{"hasSome":"a"}}');
SELECT pg_temp.ids('Doc', '{"tags":{"startsWith":"a"}}');
SELECT pg_temp.ids('Doc', '{"data":{"path":"$.name","equals":"Ann"}}');
SELECT pg_temp.ids('Doc', '{"data":{"path":["name"],"string_contains":5}}');
-- a bare null is the JSON value null, as Prisma's engine reads it
SELECT pg_temp.ids('Doc', '{"data":{"equals":null}}');
SELECT pg_temp.ids('Doc', '{"data":{"gt":{"a":1}}}');
SELECT pg_temp.ids('Doc', '{"data":{"contains":"x"}}');
SELECT pg_temp.ids('Doc', '{"data":"Ann"}');
ROLLBACK;
-- Json lists: an element null is the JSON value null (written and filtered),
-- and `has` takes one JSON value, an array too
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model JList {
  id Int    @id
  j  Json[]
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
SELECT prisma.query('{"model":"JList","action":"createMany","args":{"data":[{"id":1,"j":["a",{"k":1}]},{"id":2,"j":[1,2,3]},{"id":3,"j":[null,"b"]},{"id":4,"j":[[1,2,3]]}]}}');
SELECT id, j, j[1] IS NULL AS sql_null FROM "JList" ORDER BY id;
SELECT pg_temp.ids('JList', '{"j":{"has":null}}'), pg_temp.ids('JList', '{"NOT":{"j":{"has":null}}}');
SELECT pg_temp.ids('JList', '{"j":{"has":[1,2,3]}}'), pg_temp.ids('JList', '{"j":{"has":2}}'), pg_temp.ids('JList', '{"j":{"has":{"k":1}}}');
SELECT pg_temp.ids('JList', '{"j":{"hasEvery":[null]}}'), pg_temp.ids('JList', '{"j":{"hasSome":[null,"a"]}}');
SELECT prisma.query('{"model":"JList","action":"update","args":{"where":{"id":1},"data":{"j":{"push":null}}}}');
-- `not` of several conditions negates each (Prisma's engine: a <> x AND a <= y)
SELECT pg_temp.ids('JList', '{"id":{"not":{"equals":1,"gt":3}}}'), pg_temp.ids('JList', '{"id":{"not":{"in":[1],"lt":3}}}');
ROLLBACK;
