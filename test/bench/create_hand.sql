-- The same nested create written by hand: one statement of data-modifying
-- CTEs returning the user as JSON.
WITH u AS (INSERT INTO "User" (email, name) VALUES (gen_random_uuid() || '@bench.io', 'Bench')
           RETURNING id, email, name, role, "createdAt"),
     p AS (INSERT INTO "Profile" (bio, "userId") SELECT 'hello', id FROM u),
     ps AS (INSERT INTO "Post" (title, "authorId") SELECT 'p' || g, u.id FROM u, generate_series(1, 10) g)
SELECT json_build_object('id', id, 'email', email, 'name', name, 'role', role,
         'createdAt', to_char("createdAt", E'YYYY-MM-DD"T"HH24\x3aMI\x3aSS.MS"Z"'))
  FROM u;
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'create_hand', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
