-- a nested create: an account, two posts, two comments each, a tag connected or created
\set seq :seq + 1
BEGIN;
SELECT prisma.query(format('{"model": "Account", "action": "create", "args": {"data": {"email": "c%s-%s", "name": "n", "posts": {"create": [{"title": "p1", "comments": {"create": [{"body": "a"}, {"body": "b"}]}, "tags": {"connectOrCreate": {"where": {"name": "t%s"}, "create": {"name": "t%s"}}}}, {"title": "p2", "comments": {"create": [{"body": "c"}, {"body": "d"}]}}]}}, "select": {"id": true}}}', :client_id, :seq, (:client_id * 7 + :seq) % 20, (:client_id * 7 + :seq) % 20));
INSERT INTO bench_ledger VALUES ('create');
COMMIT;
