-- where: every scalar filter, insensitive mode, AND/OR/NOT, relation filters.
\set VERBOSITY default
SET client_min_messages = warning;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Color {
  RED   @map("red")
  GREEN
}
model Item {
  id     Int       @id
  name   String
  note   String?
  price  Decimal   @db.Decimal(10, 2)
  big    BigInt
  ratio  Float
  ok     Boolean
  color  Color
  at     DateTime
  data   Bytes
  owner  Owner?    @relation(fields: [ownerId], references: [id])
  ownerId Int?
}
model Owner {
  id    Int    @id
  name  String
  items Item[]
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Owner" VALUES (1, 'Olga'), (2, 'Omar'), (3, 'Nobody');
INSERT INTO "Item" VALUES
  (1, 'Apple', 'fresh', 1.50, 10, 0.5, true, 'red', '2024-01-01 00:00:00', '\x01', 1),
  (2, 'apple pie', NULL, 12.00, 20, 1.5, false, 'GREEN', '2024-06-01 12:00:00', '\x02', 1),
  (3, 'Banana_split', '50% off', 3.25, 30, 2.5, true, 'GREEN', '2023-12-31 23:59:59.999', '\x0102', 2),
  (4, 'cherry', 'FRESH', 0.99, 9007199254740993, -1, false, 'red', '2025-01-01 00:00:00', '\x', NULL);
CREATE FUNCTION pg_temp.ids(w text) RETURNS text LANGUAGE sql AS $$
  SELECT prisma.query('{"model":"Item","action":"findMany","args":{"select":{"id":true},"orderBy":{"id":"asc"},"where":' || w || '}}')::text
$$;
-- equality, not, in, notIn, comparisons on each type
SELECT pg_temp.ids('{"name":"Apple"}'), pg_temp.ids('{"name":{"equals":"Apple"}}'), pg_temp.ids('{"name":{"not":"Apple"}}');
SELECT pg_temp.ids('{"id":{"in":[1,3,9]}}'), pg_temp.ids('{"id":{"notIn":[1,3]}}'), pg_temp.ids('{"id":{"in":[]}}'), pg_temp.ids('{"id":{"notIn":[]}}');
SELECT pg_temp.ids('{"price":{"gt":"1.5"}}'), pg_temp.ids('{"price":{"gte":1.5}}'), pg_temp.ids('{"price":{"lt":1}}'), pg_temp.ids('{"price":{"lte":"0.99"}}');
SELECT pg_temp.ids('{"big":{"gt":"9007199254740992"}}'), pg_temp.ids('{"big":20}'), pg_temp.ids('{"ratio":{"lt":0}}'), pg_temp.ids('{"ok":false}');
SELECT pg_temp.ids('{"color":"RED"}'), pg_temp.ids('{"color":{"in":["GREEN"]}}'), pg_temp.ids('{"color":{"not":"GREEN"}}');
SELECT pg_temp.ids('{"at":{"gte":"2024-01-01T00:00:00.000Z"}}'), pg_temp.ids('{"at":{"lt":"2024-01-01T01:00:00+02:00"}}'), pg_temp.ids('{"at":"2023-12-31T23:59:59.999Z"}');
SELECT pg_temp.ids('{"data":"AQI="}'), pg_temp.ids('{"data":{"not":""}}');
-- null checks and not with nested filters
SELECT pg_temp.ids('{"note":null}'), pg_temp.ids('{"note":{"not":null}}'), pg_temp.ids('{"note":{"not":{"in":["fresh"]}}}');
-- string filters keep LIKE semantics: % and _ are wildcards, \ escapes them
SELECT pg_temp.ids('{"name":{"contains":"pp"}}'), pg_temp.ids('{"name":{"startsWith":"a"}}'), pg_temp.ids('{"name":{"endsWith":"split"}}');
SELECT pg_temp.ids('{"note":{"contains":"%"}}'), pg_temp.ids('{"note":{"contains":"\\%"}}'), pg_temp.ids('{"name":{"contains":"_"}}');
-- mode insensitive: ILIKE for patterns, exact case-insensitive equality
SELECT pg_temp.ids('{"name":{"equals":"APPLE","mode":"insensitive"}}'), pg_temp.ids('{"name":{"startsWith":"APP","mode":"insensitive"}}');
SELECT pg_temp.ids('{"note":{"in":["fresh"],"mode":"insensitive"}}'), pg_temp.ids('{"name":{"equals":"_____","mode":"insensitive"}}');
-- AND / OR / NOT as objects and arrays, empty ones
SELECT pg_temp.ids('{"AND":[{"ok":true},{"price":{"gt":2}}]}'), pg_temp.ids('{"OR":[{"id":1},{"id":4}]}'), pg_temp.ids('{"NOT":{"ok":true}}');
SELECT pg_temp.ids('{"NOT":[{"id":1},{"id":2}]}'), pg_temp.ids('{"OR":[]}'), pg_temp.ids('{"AND":[]}'), pg_temp.ids('{"NOT":[]}'), pg_temp.ids('{}');
-- relation filters: is / isNot / null on to-one, some / every / none on lists
SELECT pg_temp.ids('{"owner":{"is":{"name":"Olga"}}}'), pg_temp.ids('{"owner":{"name":"Omar"}}'), pg_temp.ids('{"owner":{"isNot":{"name":"Olga"}}}');
SELECT pg_temp.ids('{"owner":null}'), pg_temp.ids('{"owner":{"isNot":null}}'), pg_temp.ids('{"owner":{"is":null}}');
SELECT prisma.query('{"model":"Owner","action":"findMany","args":{"select":{"id":true},"orderBy":{"id":"asc"},"where":{"items":{"some":{"ok":false}}}}}'),
       prisma.query('{"model":"Owner","action":"findMany","args":{"select":{"id":true},"orderBy":{"id":"asc"},"where":{"items":{"every":{"ok":true}}}}}'),
       prisma.query('{"model":"Owner","action":"findMany","args":{"select":{"id":true},"orderBy":{"id":"asc"},"where":{"items":{"none":{}}}}}');
-- filters inside included relations and counts
SELECT prisma.query('{"model":"Owner","action":"findMany","args":{"orderBy":{"id":"asc"},"select":{"name":true,"items":{"where":{"price":{"gt":2}},"select":{"id":true}},"_count":{"select":{"items":{"where":{"ok":true}}}}}}}');
ROLLBACK;
