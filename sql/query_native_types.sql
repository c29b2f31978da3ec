-- Native types with the arguments that take them: filters on timetz lists,
-- LIKE on inet / xml / bit strings (on their text, as Prisma's engine does),
-- money arithmetic, ordering, distinct, groupBy and aggregates.
-- (The whole type x argument matrix runs against Prisma 7 in
-- test/differential/types/matrix.docs.mjs.)
\set VERBOSITY terse
SET client_min_messages = warning;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model N {
  id     Int       @id
  timetz DateTime? @db.Timetz(3)
  time   DateTime? @db.Time(3)
  date   DateTime? @db.Date
  money  Decimal?  @db.Money
  inet   String?   @db.Inet
  xml    String?   @db.Xml
  bit    String?   @db.Bit(4)
  varbit String?   @db.VarBit(8)
  small  Int?      @db.SmallInt
  oid    Int?      @db.Oid
  real   Float?    @db.Real
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
INSERT INTO "N" VALUES
  (1, '13:14:15.678+02', '13:14:15.678', '1950-12-31', 1234.56, '192.168.0.1/24', '<a>1</a>', B'1010', B'101', 300, 4294967295, 3.14),
  (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (3, '00:00:00+00', '00:00:00', '2024-02-29', 0.01, '::1', '<empty/>', B'1111', B'', -32768, 0, 1e-7);
CREATE FUNCTION pg_temp.ids(w text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN prisma.query('{"model":"N","action":"findMany","args":{"select":{"id":true},"orderBy":{"id":"asc"},"where":' || w || '}}')::text;
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || split_part(SQLERRM, E'\n', 1);
END $$;
-- a timetz parameter is at +00 (also in in / notIn lists); PostgreSQL's timetz equality
-- also compares the offset, so the row at 13:14:15.678+02 equals no +00 value
SELECT pg_temp.ids('{"timetz":"1970-01-01T11:14:15.678Z"}'),
       pg_temp.ids('{"timetz":{"in":["1970-01-01T11:14:15.678Z","1970-01-01T00:00:00Z"]}}'),
       pg_temp.ids('{"timetz":{"notIn":["1970-01-01T11:14:15.678Z"]}}'),
       pg_temp.ids('{"timetz":{"gt":"1970-01-01T05:00:00Z"}}');
SELECT pg_temp.ids('{"time":{"in":["1970-01-01T13:14:15.678Z"]}}'), pg_temp.ids('{"date":{"notIn":["2024-02-29T00:00:00Z"]}}');
-- contains / startsWith / endsWith on inet, xml, bit and varbit: LIKE on the text
SELECT pg_temp.ids('{"inet":{"contains":"168"}}'), pg_temp.ids('{"inet":{"startsWith":"::"}}'), pg_temp.ids('{"inet":{"endsWith":"/24"}}');
SELECT pg_temp.ids('{"xml":{"contains":"a>"}}'), pg_temp.ids('{"bit":{"startsWith":"10"}}'), pg_temp.ids('{"varbit":{"endsWith":"01"}}');
SELECT pg_temp.ids('{"bit":{"contains":"%"}}'), pg_temp.ids('{"NOT":{"varbit":{"contains":"1"}}}');
-- insensitive: Prisma's engine applies ILIKE to the column itself, which these types do not have
SELECT pg_temp.ids('{"inet":{"contains":"A","mode":"insensitive"}}');
SELECT pg_temp.ids('{"bit":{"contains":"1","mode":"insensitive"}}');
-- xml has no equality operator in PostgreSQL
SELECT pg_temp.ids('{"xml":"<a>1</a>"}');
-- ordering, distinct, groupBy and aggregates
SELECT prisma.query('{"model":"N","action":"findMany","args":{"select":{"id":true,"inet":true},"orderBy":[{"inet":{"sort":"desc","nulls":"last"}}]}}');
SELECT prisma.query('{"model":"N","action":"groupBy","args":{"by":["bit"],"_count":{"_all":true},"orderBy":{"bit":"asc"}}}');
SELECT prisma.query('{"model":"N","action":"aggregate","args":{"_min":{"money":true,"timetz":true,"small":true,"oid":true},"_max":{"money":true,"date":true,"real":true},"_avg":{"small":true,"real":true},"_sum":{"money":true,"small":true}}}');
-- PostgreSQL has no avg(money) and no avg(oid); Prisma's engine fails the same way
SAVEPOINT s;
SELECT prisma.query('{"model":"N","action":"aggregate","args":{"_avg":{"money":true}}}');
ROLLBACK TO s;
-- money arithmetic: increment and multiply (by a float8, as Prisma's untyped factor)
SELECT prisma.query('{"model":"N","action":"update","args":{"where":{"id":1},"data":{"money":{"multiply":"1.5"}},"select":{"money":true}}}');
SELECT prisma.query('{"model":"N","action":"update","args":{"where":{"id":1},"data":{"money":{"increment":"0.01"}},"select":{"money":true}}}');
SELECT prisma.query('{"model":"N","action":"updateMany","args":{"where":{"money":{"not":null}},"data":{"money":{"multiply":2}}}}');
SELECT money::numeric FROM "N" ORDER BY id;
-- money divide: money / money is a float8, so Prisma's engine fails to assign it, and so do we
SAVEPOINT s;
SELECT prisma.query('{"model":"N","action":"update","args":{"where":{"id":1},"data":{"money":{"divide":"2"}},"select":{"money":true}}}');
ROLLBACK TO s;
-- writes of each type read back in the same encoding
SELECT prisma.query('{"model":"N","action":"create","args":{"data":{"id":9,"timetz":"1970-01-01T22:00:00Z","inet":"10.1.2.3","bit":"0101","varbit":"1","xml":"<c/>","money":"-99.99","oid":77}}}');
ROLLBACK;
