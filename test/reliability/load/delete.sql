-- a nested create, then a delete that cascades to its posts and comments
\set seq :seq + 1
BEGIN;
SELECT prisma.query(format('{"model": "Account", "action": "create", "args": {"data": {"email": "d%s-%s", "name": "d", "posts": {"create": [{"title": "p", "comments": {"create": [{"body": "x"}]}, "tags": {"connectOrCreate": {"where": {"name": "t%s"}, "create": {"name": "t%s"}}}}]}}, "select": {"id": true}}}', :client_id, :seq, (:client_id * 7 + :seq) % 20, (:client_id * 7 + :seq) % 20));
SELECT prisma.query(format('{"model": "Account", "action": "delete", "args": {"where": {"email": "d%s-%s"}, "select": {"id": true}}}', :client_id, :seq));
INSERT INTO bench_ledger VALUES ('delete');
COMMIT;
