-- test/bench/seed.sql: about 10,000 users, one profile each (most of them),
-- 10 posts per user.  Deterministic (setseed) so runs are comparable.
\set ON_ERROR_STOP on
\set users 10000
SELECT setseed(0.42);

INSERT INTO "User" (id, email, name, role, "createdAt")
SELECT g,
       'user' || g || '@example.' || (ARRAY['com','org','net','io'])[1 + g % 4],
       CASE WHEN g % 17 = 0 THEN NULL
            ELSE (ARRAY['Alice','Bob','Carol','Dave','Erin','Frank','Grace','Heidi','Ivan','Judy'])[1 + g % 10]
                 || ' ' || (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Evans','Thomas','Roberts'])[1 + (g / 10) % 8]
       END,
       (CASE WHEN g % 50 = 0 THEN 'ADMIN' ELSE 'USER' END)::"Role",
       timestamp '2022-01-01' + (g * interval '47 minutes') + (random() * interval '59 seconds')
FROM generate_series(1, :users) g;

-- nine users in ten have a profile
INSERT INTO "Profile" (bio, "userId")
SELECT 'I write about ' || (ARRAY['databases','compilers','gardening','cycling','photography','rust','postgres','jazz'])[1 + g % 8]
       || ' and ' || (ARRAY['coffee','travel','open source','chess','running','cooking'])[1 + g % 6]
       || '. ' || repeat('Lorem ipsum dolor sit amet. ', 1 + g % 4),
       g
FROM generate_series(1, :users) g
WHERE g % 10 <> 3;

-- ten posts per user, inserted in creation order (ids are not date order
-- within a user: createdAt is jittered so that the ORDER BY has work to do)
INSERT INTO "Post" (title, content, published, views, "authorId", "createdAt")
SELECT initcap((ARRAY['notes on','why I like','a guide to','thoughts about','the trouble with','ten tips for'])[1 + (u + p) % 6])
       || ' ' || (ARRAY['indexes','lateral joins','json','caching','query plans','vacuum','replication','testing'])[1 + (u * 7 + p) % 8]
       || ' #' || p,
       CASE WHEN (u + p) % 9 = 0 THEN NULL
            ELSE repeat('Some paragraph text about the topic at hand. ', 3 + (u + p) % 12) END,
       (u + p) % 3 <> 0,
       (random() * 5000)::int,
       u,
       timestamp '2023-01-01' + (u * interval '53 minutes') + (random() * interval '400 days')
FROM generate_series(1, :users) u, generate_series(1, 10) p;

SELECT setval('"User_id_seq"', (SELECT max(id) FROM "User"));
-- set the visibility map too, so count(*) can use an index-only scan from
-- the first run on (otherwise autovacuum changes the plans mid-benchmark)
VACUUM ANALYZE "User";
VACUUM ANALYZE "Profile";
VACUUM ANALYZE "Post";
