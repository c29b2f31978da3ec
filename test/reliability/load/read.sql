-- a nested read: accounts with a relation filter, their newest posts with comments and tags, counts
\set k random(1, 20)
SELECT prisma.query(format('{"model": "Account", "action": "findMany", "args": {"where": {"posts": {"some": {"title": "seen"}}}, "take": 5, "orderBy": {"id": "desc"}, "select": {"email": true, "_count": {"select": {"posts": true}}, "posts": {"take": 3, "orderBy": {"id": "desc"}, "include": {"comments": true, "tags": true}}}}}'));
