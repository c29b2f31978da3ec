-- count with a relation filter through prisma.query: of 100 users after a
-- random id, those with a published post.
\set uid random(0, 9900)
SELECT prisma.query('{"model": "User", "action": "count", "args": {"where": {"id": {"gt": ' || :uid || ', "lte": ' || (:uid + 100) || '}, "posts": {"some": {"published": true}}}}}');
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'count', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
