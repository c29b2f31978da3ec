-- The same row as JSON, written by hand.
\set uid random(1, 10000)
SELECT json_build_object('id', id, 'email', email, 'name', name, 'role', role,
         'createdAt', to_char("createdAt", E'YYYY-MM-DD"T"HH24\x3aMI\x3aSS.MS"Z"'))
  FROM "User" WHERE id = :uid;
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'unique_hand', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
