-- The same nested read written by hand: one statement, LATERAL json_agg
-- subqueries, the same keys in the same order and the same DateTime text
-- (Prisma prints timestamp(3) as ISO 8601 with milliseconds and "Z"; the
-- colons of the format are written \x3a because pgbench would take
-- ":MI" for a variable).
\set uid random(0, 9980)
SELECT COALESCE(json_agg(json_build_object(
         'id', u.id, 'email', u.email, 'name', u.name, 'role', u.role,
         'createdAt', to_char(u."createdAt", E'YYYY-MM-DD"T"HH24\x3aMI\x3aSS.MS"Z"'),
         'posts', p.v, 'profile', pr.v, '_count', json_build_object('posts', c.n))
         ORDER BY u.id), '[]')
  FROM (SELECT * FROM "User" WHERE id > :uid ORDER BY id LIMIT 20) u
  LEFT JOIN LATERAL (
         SELECT COALESCE(json_agg(json_build_object(
                  'id', p.id, 'title', p.title, 'content', p.content,
                  'published', p.published, 'views', p.views, 'authorId', p."authorId",
                  'createdAt', to_char(p."createdAt", E'YYYY-MM-DD"T"HH24\x3aMI\x3aSS.MS"Z"'))
                  ORDER BY p."createdAt" DESC), '[]') AS v
           FROM (SELECT * FROM "Post" WHERE "authorId" = u.id
                  ORDER BY "createdAt" DESC LIMIT 10) p) p ON true
  LEFT JOIN LATERAL (
         SELECT json_build_object('id', f.id, 'bio', f.bio, 'userId', f."userId") AS v
           FROM "Profile" f WHERE f."userId" = u.id) pr ON true
  LEFT JOIN LATERAL (SELECT count(*) AS n FROM "Post" WHERE "authorId" = u.id) c ON true;
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'nested_hand', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
