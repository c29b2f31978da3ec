-- Errors PostgreSQL raises while a compiled statement runs get Prisma 7's
-- code and text (its @prisma/adapter-pg kinds) and keep their SQLSTATE;
-- DateTime and Int arguments are checked the way Prisma checks them.
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
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Thing {
  id    Int       @id
  uid   String?   @db.Uuid
  small Int?      @db.SmallInt
  num   Int?
  big   BigInt?
  doc   String?   @db.Xml
  at    DateTime?
  note  String?
  raw   Bytes?
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Thing" (id, uid, small, num, at, raw) VALUES
  (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 7, 7, '2024-01-01 00:00:00.123', '\x0102'),
  (2, NULL, NULL, NULL, '2024-06-30 22:00:00', NULL);
-- a value the column's type rejects: P2007 (22P02)
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"uid":"not-a-uuid"}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findFirst","args":{"where":{"uid":{"in":["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11","x"]}}}}');
-- out of the column's range: P2020 (22003); Prisma 7 leaves Int range checks to the database
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"small":100000}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"num":{"gt":3e9}}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"big":{"$type":"BigInt","value":"100000000000000000000"}}}}');
-- beyond 64 bits an Int is rejected before the database sees it
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"num":1e100}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"num":-1.5e19}}}');
-- no kind of its own: P2039 quotes the database's code and message
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"doc":"<a/>"}}}');
-- DateTime arguments are RFC 3339, with chrono's error kinds
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":"2024-01-01"}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":"2024-01-01T00:00:00"}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":"2024-02-30T00:00:00Z"}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":"2024-01-01T00:00Z"}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":"2024-01-01T00:00:00Z tomorrow"}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":{"$type":"DateTime","value":"2024-01-01T00:00:00+24:00"}}}}');
-- accepted forms: 't'/'z' in lower case, a space, an offset; digits past milliseconds are cut, as a JavaScript Date cuts them
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":"2024-01-01t00:00:00.1239z"},"select":{"id":true}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"at":"2024-07-01 00:00:00+02:00"},"select":{"id":true}}}');
-- Bytes arguments are standard base64 with padding
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"raw":"AQI"}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"raw":"-_8="}}}');
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"where":{"raw":{"in":["AQI=","AQID"]}},"select":{"id":true}}}');
-- a batch fails as a whole, with the failing document's error
SELECT pg_temp.try('[{"model":"Thing","action":"findMany"},{"model":"Thing","action":"findMany","args":{"where":{"uid":"zz"}}}]');
-- tables changed by hand: P2021 / P2022
SAVEPOINT s;
ALTER TABLE "Thing" DROP COLUMN note;
SELECT pg_temp.try('{"model":"Thing","action":"findMany","args":{"select":{"id":true,"note":true}}}');
ROLLBACK TO SAVEPOINT s;
ALTER TABLE "Thing" RENAME TO "Gone";
SELECT pg_temp.try('{"model":"Thing","action":"findMany"}');
ROLLBACK;
