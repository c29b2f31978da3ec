-- The plan cache: documents of one shape share a prepared plan; a new
-- schema drops every plan.  prisma.explain shows the SQL and its plan.
SET client_min_messages = warning;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Thing {
  id   Int    @id
  name String
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Thing" VALUES (1, 'one'), (2, 'two');
CREATE TEMP TABLE s0 AS SELECT * FROM prisma.plan_cache_stats();
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":2}}}');
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":3}}}');
-- same shape, different values: one miss, then hits
SELECT s.misses - s0.misses AS misses, s.hits - s0.hits AS hits FROM prisma.plan_cache_stats() s, s0;
-- another shape is another plan
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"where":{"name":{"startsWith":"t"}}}}');
SELECT s.misses - s0.misses AS misses, s.entries > 0 AS has_entries FROM prisma.plan_cache_stats() s, s0;
-- a new schema makes the cache start over
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Thing {
  id    Int     @id
  name  String
  extra String?
}
$$) IS NOT NULL AS pushed;
SELECT prisma.query('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}}}');
SELECT entries FROM prisma.plan_cache_stats();
-- a bounded cache evicts the least recently used plan
SET LOCAL prisma.plan_cache_size = 1;
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"select":{"id":true}}}');
SELECT prisma.query('{"model":"Thing","action":"findMany","args":{"select":{"name":true}}}');
SELECT entries, evictions > 0 AS evicted FROM prisma.plan_cache_stats();
RESET prisma.plan_cache_size;
-- prisma.explain: the statement, its parameters, EXPLAIN
SELECT split_part(prisma.explain('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}}}'), E'\n', 2) AS params,
       prisma.explain('{"model":"Thing","action":"findUnique","args":{"where":{"id":1}}}') LIKE '%Index Scan%' AS uses_index;
-- prisma.log_sql logs each statement
SET LOCAL prisma.log_sql = on;
SELECT prisma.query('{"model":"Thing","action":"findFirst","args":{"select":{"id":true},"where":{"id":2}}}') IS NOT NULL AS ran;
ROLLBACK;
