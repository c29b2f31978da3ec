-- findUnique by a random id through prisma.query.
\set uid random(1, 10000)
SELECT prisma.query('{"model": "User", "action": "findUnique", "args": {"where": {"id": ' || :uid || '}}}');
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'unique', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
