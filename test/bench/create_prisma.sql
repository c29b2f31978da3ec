-- Nested create through prisma.query: a user with a profile and 10 posts,
-- returning the user (Prisma Client's default selection).  The e-mail is
-- unique per transaction (gen_random_uuid, as in create_hand.sql).
SELECT prisma.query('{"model": "User", "action": "create", "args": {"data": {"email": "' || gen_random_uuid() || '@bench.io", "name": "Bench", "profile": {"create": {"bio": "hello"}}, "posts": {"create": [{"title": "p1"}, {"title": "p2"}, {"title": "p3"}, {"title": "p4"}, {"title": "p5"}, {"title": "p6"}, {"title": "p7"}, {"title": "p8"}, {"title": "p9"}, {"title": "p10"}]}}}}');
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'create', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
