-- groupBy through prisma.query: the posts of 50 authors after a random id,
-- grouped by author, with _count and _sum of views and a having on the sum.
\set uid random(0, 9950)
SELECT prisma.query('{"model": "Post", "action": "groupBy", "args": {"by": ["authorId"], "where": {"authorId": {"gt": ' || :uid || ', "lte": ' || (:uid + 50) || '}}, "_count": {"_all": true}, "_sum": {"views": true}, "having": {"views": {"_sum": {"gt": 100}}}, "orderBy": {"authorId": "asc"}}}');
\set n :n + 1
\if :n % 200 = 0
INSERT INTO bench_plan_stats SELECT 'group', pg_backend_pid(), :n, clock_timestamp(), * FROM prisma.plan_cache_stats();
\endif
