-- Field references (issue 9): {"$type":"FieldRef","value":{"_ref","_container"}}
-- compares a field with another field of the same row, in where and having;
-- Prisma's P2019 for a reference of another model, type or arity.
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.q(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ' ' || msg;
END $$;
CREATE FUNCTION pg_temp.ids(filter text) RETURNS text LANGUAGE sql AS $$
  SELECT pg_temp.q(format('{"model":"Row","action":"findMany","args":{"where":%s,"select":{"id":true},"orderBy":{"id":"asc"}}}',
    replace(replace(filter, '@a', '{"$type":"FieldRef","value":{"_ref":"a","_container":"Row"}}'),
            '@', '{"$type":"FieldRef","value":{"_ref":"') )) $$;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Row {
  id   Int      @id
  a    Int
  b    Int?
  s    String
  t    String
  nums Int[]
  data Json?
  kids Kid[]
}
model Kid {
  id    Int    @id
  n     Int
  m     Int
  row   Row    @relation(fields: [rowId], references: [id])
  rowId Int
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
INSERT INTO "Row" VALUES (1, 1, 2, 'ab', 'a', '{1,2}', '{"k": "ab"}'), (2, 3, 3, 'x', 'y', '{4}', '{"k": "x"}'),
                         (3, 5, NULL, 'q', 'Q', '{}', NULL);
INSERT INTO "Kid" VALUES (1, 1, 1, 1), (2, 2, 1, 2);

SELECT pg_temp.ids('{"b":{"equals":@a}}');
SELECT pg_temp.ids('{"b":@a}');
SELECT pg_temp.ids('{"b":{"gt":@a}}');
SELECT pg_temp.ids('{"b":{"not":@a}}');
SELECT pg_temp.ids('{"s":{"startsWith":@t","_container":"Row"}}}}');
SELECT pg_temp.ids('{"s":{"equals":@t","_container":"Row"}},"mode":"insensitive"}}');
SELECT pg_temp.ids('{"a":{"in":@nums","_container":"Row"}}}}');
SELECT pg_temp.ids('{"a":{"notIn":@nums","_container":"Row"}}}}');
SELECT pg_temp.ids('{"nums":{"has":@a}}');
SELECT pg_temp.ids('{"data":{"path":["k"],"string_contains":@t","_container":"Row"}}}}');
-- in a relation filter, the reference is to a field of the related model
SELECT pg_temp.ids('{"kids":{"some":{"n":{"equals":{"$type":"FieldRef","value":{"_ref":"m","_container":"Kid"}}}}}}');
-- having: a by field against another by field
SELECT pg_temp.q('{"model":"Row","action":"groupBy","args":{"by":["a","b"],"having":{"b":{"gte":{"$type":"FieldRef","value":{"_ref":"a","_container":"Row"}}}},"orderBy":{"a":"asc"}}}');

-- errors: P2019
SELECT pg_temp.ids('{"a":{"equals":@nope","_container":"Row"}}}}');
SELECT pg_temp.ids('{"a":{"equals":@s","_container":"Row"}}}}');
SELECT pg_temp.ids('{"a":{"equals":@nums","_container":"Row"}}}}');
SELECT pg_temp.ids('{"a":{"equals":@kids","_container":"Row"}}}}');
SELECT pg_temp.ids('{"a":{"equals":@n","_container":"Kid"}}}}');
SELECT pg_temp.ids('{"a":{"in":@b","_container":"Row"}}}}');
SELECT pg_temp.q('{"model":"Row","action":"groupBy","args":{"by":["a"],"having":{"a":{"_max":{"equals":{"$type":"FieldRef","value":{"_ref":"b","_container":"Row"}}}}}}}');
ROLLBACK;
