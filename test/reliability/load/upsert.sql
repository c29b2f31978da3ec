-- an upsert on one of 50 keys that every client races for: created once, then counted up
\set k random(1, 50)
BEGIN;
SELECT prisma.query(format('{"model": "Account", "action": "upsert", "args": {"where": {"email": "u%s"}, "create": {"email": "u%s", "name": "u"}, "update": {"counter": {"increment": 1}}, "select": {"id": true}}}', :k, :k));
INSERT INTO bench_ledger VALUES ('upsert');
COMMIT;
