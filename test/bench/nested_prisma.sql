-- Nested read through prisma.query: 20 users after a random id, each with
-- its 10 newest posts, its profile and its post count.  The document is
-- built per transaction from the random :uid (in -M prepared mode pgbench
-- sends :uid as a parameter, so it is concatenated into the text rather than
-- written inside the literal).  Every ':' in the JSON is followed by a space
-- so pgbench does not read `:true` as a variable.
\set uid random(0, 9980)
SELECT prisma.query('{"model": "User", "action": "findMany", "args": {"where": {"id": {"gt": ' || :uid || '}}, "take": 20, "orderBy": {"id": "asc"}, "include": {"posts": {"take": 10, "orderBy": {"createdAt": "desc"}}, "profile": true, "_count": {"select": {"posts": true}}}}}');
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'nested', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
