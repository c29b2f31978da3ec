-- The same count written by hand.
\set uid random(0, 9900)
SELECT to_json(count(*)) FROM "User" u
 WHERE u.id > :uid AND u.id <= :uid + 100
   AND EXISTS (SELECT 1 FROM "Post" p WHERE p."authorId" = u.id AND p.published);
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'count_hand', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
