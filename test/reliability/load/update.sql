-- a nested update of one of 20 shared accounts: a new post, and every post of it renamed
\set k random(1, 20)
BEGIN;
SELECT prisma.query(format('{"model": "Account", "action": "update", "args": {"where": {"email": "n%s"}, "data": {"name": {"set": "x"}, "posts": {"create": {"title": "new"}, "updateMany": {"where": {}, "data": {"title": "seen"}}}}, "select": {"id": true}}}', :k));
INSERT INTO bench_ledger VALUES ('update');
COMMIT;
