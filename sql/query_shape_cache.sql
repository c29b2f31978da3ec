-- The shape cache: a read whose document has the shape of one compiled
-- before (the same JSON with other strings and numbers) skips validation
-- and compilation and binds its own values.  Every answer here must be the
-- one a fresh compilation gives: values bound again, leaves that are not
-- values (orderBy directions, take, modes, field names, tags) compared,
-- wrong types and failed checks still reported, writes never kept.
SET client_min_messages = warning;
\set ON_ERROR_ROLLBACK on
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Kind {
  SMALL
  LARGE @map("large")
}
model Thing {
  id    Int      @id
  name  String
  score Float    @default(0)
  big   BigInt   @default(0)
  kind  Kind     @default(SMALL)
  at    DateTime @default(now())
  code  String
  part  Int
  @@unique([code, part])
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Thing" (id, name, score, big, kind, at, code, part) VALUES
  (1, 'one', 1.5, 10, 'SMALL', '2024-01-01', 'a', 1),
  (2, 'two', 2.5, 20, 'large', '2024-01-02', 'a', 2),
  (3, 'three', 3.5, 30, 'SMALL', '2024-01-03', 'b', 1);
CREATE TEMP TABLE s0 AS SELECT * FROM prisma.shape_cache_stats();
CREATE FUNCTION pg_temp.kept() RETURNS TABLE (hits bigint, misses bigint) LANGUAGE sql AS
  'SELECT s.hits - s0.hits, s.misses - s0.misses FROM prisma.shape_cache_stats() s, s0';

-- one shape, three values: compiled once, then bound
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":2}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":3}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":4}}}');
SELECT * FROM pg_temp.kept();
-- strings, reals, BigInts and compound uniques are bound the same way
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"one","score":{"gt":1.25}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"two","score":{"gt":2.75}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"three","score":{"gt":3.25}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findFirst","args":{"where":{"big":{"gte":15}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findFirst","args":{"where":{"big":{"gte":25}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"code_part":{"code":"a","part":2}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"code_part":{"code":"b","part":1}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"code_part":{"code":"b","part":2}},"select":{"id":true}}}');
SELECT * FROM pg_temp.kept();

-- leaves that are not values must match: a new direction, take or mode is
-- another program
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"orderBy":{"id":"asc"},"take":2,"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"orderBy":{"id":"desc"},"take":2,"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"orderBy":{"id":"desc"},"take":1,"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"orderBy":{"id":"asc"},"take":2,"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":{"equals":"ONE","mode":"insensitive"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":{"equals":"ONE","mode":"default"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"distinct":["code"],"orderBy":{"id":"asc"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"distinct":["name"],"orderBy":{"id":"asc"},"select":{"id":true}}}');
-- values whose text is not their leaf (enums, DateTimes, tagged values,
-- skip) are compared too
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"kind":"SMALL"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"kind":"LARGE"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"at":{"gt":"2024-01-01T12:00:00Z"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"at":{"gt":"2024-01-02T12:00:00Z"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"big":{"$type":"BigInt","value":"15"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"big":{"$type":"BigInt","value":"20"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"orderBy":{"id":"asc"},"skip":1,"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"orderBy":{"id":"asc"},"skip":2,"select":{"id":true}}}');

-- a document of a kept shape with a bad value is still validated
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"kind":"HUGE"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"at":{"gt":"yesterday"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":"1"}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1.5}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":null}}}');
-- a value out of the column's range fails in the database, as compiled
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":3000000000}}}');
-- findUniqueOrThrow still raises P2025 for a kept shape
SELECT prisma.query('{"model":"Thing","action":"findUniqueOrThrow","args":{"where":{"id":1},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findUniqueOrThrow","args":{"where":{"id":9},"select":{"id":true}}}');
-- validation that depends on prisma.max_depth is not skipped
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"AND":[{"OR":[{"NOT":{"AND":[{"OR":[{"NOT":{"id":1}}]}]}}]}]},"select":{"id":true}}}');
SET LOCAL prisma.max_depth = 1;
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"AND":[{"OR":[{"NOT":{"AND":[{"OR":[{"NOT":{"id":2}}]}]}}]}]},"select":{"id":true}}}');
RESET prisma.max_depth;

-- a plain document is looked up from its text, without parsing it; every
-- other one is parsed first, and each must answer as compiled afresh
SELECT s.hits AS hits_before, s.misses AS misses_before FROM prisma.shape_cache_stats() s \gset
SELECT prisma.query(' { "model" : "Thing", "action":"findUnique" ,"args":{ "where":{"id" : 2 } } } ');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":-0}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":01}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1,"id":3}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}}} x');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}},}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":123456789012345678901}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"t\u0077o"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"tw\"o"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"twö"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"two' || chr(9) || '"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"three","score":{"gt":3}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":"three","score":{"gt":3.0}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"kind":"LARGE"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"kind":"SMALL"},"select":{"id":true}}}');
SELECT s.hits - :hits_before AS hits, s.misses - :misses_before AS misses FROM prisma.shape_cache_stats() s;

-- writes are compiled every time: a generated value is generated again
SELECT s.misses AS before FROM prisma.shape_cache_stats() s \gset
SELECT prisma.query('{"model":"Thing","action":"create","args":{"data":{"id":10,"name":"ten","code":"c","part":1},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"create","args":{"data":{"id":11,"name":"eleven","code":"c","part":2},"select":{"id":true}}}');
SELECT s.entries AS entries_before FROM prisma.shape_cache_stats() s \gset
SELECT prisma.query('{"model":"Thing","action":"update","args":{"where":{"id":10},"data":{"name":"TEN"},"select":{"name":true}}}');
SELECT prisma.query('{"model":"Thing","action":"update","args":{"where":{"id":11},"data":{"name":"ELEVEN"},"select":{"name":true}}}');
SELECT s.entries = :entries_before AS writes_not_kept FROM prisma.shape_cache_stats() s;
-- a batch of reads of one shape is served from the cache, all in order
SELECT prisma.query('[{"model":"Thing","action":"findUnique","args":{"where":{"id":10},"select":{"name":true}}},
                      {"model":"Thing","action":"findUnique","args":{"where":{"id":11},"select":{"name":true}}}]');

-- a new schema drops every kept shape
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Thing {
  id    Int    @id
  name  String
  extra String @default("x")
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}}}');
SELECT entries FROM prisma.shape_cache_stats();
-- with prisma.plan_cache_size = 0 nothing is kept
SET LOCAL prisma.plan_cache_size = 0;
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":2},"select":{"name":true}}}');
SELECT entries FROM prisma.shape_cache_stats();
RESET prisma.plan_cache_size;
-- a bounded cache keeps the most recently used shapes
SET LOCAL prisma.plan_cache_size = 2;
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"select":{"id":true},"where":{"id":1}}}') IS NOT NULL;
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"select":{"name":true},"where":{"id":1}}}') IS NOT NULL;
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"select":{"extra":true},"where":{"id":1}}}') IS NOT NULL;
SELECT entries FROM prisma.shape_cache_stats();
ROLLBACK;
