-- The same groups written by hand: one GROUP BY with HAVING, as JSON.
\set uid random(0, 9950)
SELECT COALESCE(json_agg(json_build_object('_count', json_build_object('_all', g.c), '_sum', json_build_object('views', g.s), 'authorId', g.a) ORDER BY g.a), '[]')
  FROM (SELECT "authorId" AS a, count(*) AS c, sum(views) AS s FROM "Post"
         WHERE "authorId" > :uid AND "authorId" <= :uid + 50
         GROUP BY "authorId" HAVING sum(views) > 100) g;
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'group_hand', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
