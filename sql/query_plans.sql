-- Relation filters compile to EXISTS semi-joins that use the foreign key's
-- index (issue 11): the plan, costs left out, of each kind of relation
-- filter over 2,000 users and 20,000 posts.
\set VERBOSITY terse
SET client_min_messages = warning;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String @unique
  posts Post[]
}
model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])

  @@index([authorId])
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
INSERT INTO "User" SELECT g, 'u' || g || '@x' FROM generate_series(1, 2000) g;
INSERT INTO "Post" SELECT g, 'post ' || g, 1 + g % 2000 FROM generate_series(1, 20000) g;
ANALYZE "User", "Post";
SET LOCAL enable_seqscan = off;  -- the shape of the plan, not this table size's costs
CREATE FUNCTION pg_temp.plan(doc text) RETURNS SETOF text LANGUAGE sql AS $$
  SELECT regexp_replace(line, '\s+\(cost=.*$', '')
  FROM regexp_split_to_table(split_part(prisma.explain(doc), E'\n\n', 2), E'\n') AS line
  WHERE line ~ '(Join|Scan|SubPlan|Limit|Aggregate|Nested Loop|Hash)' AND line !~ '^\s*(Join Filter|Filter|Index Cond|Recheck Cond|Hash Cond):'
$$;
-- some: a semi join probing Post by its author index
SELECT pg_temp.plan('{"model":"User","action":"findMany","args":{"where":{"id":7,"posts":{"some":{"title":"post 7"}}},"select":{"id":true}}}');
-- none and every: anti joins on the same index
SELECT pg_temp.plan('{"model":"User","action":"count","args":{"where":{"id":{"lt":10},"posts":{"none":{}}}}}');
SELECT pg_temp.plan('{"model":"User","action":"findMany","args":{"where":{"id":7,"posts":{"every":{"title":{"startsWith":"post"}}}},"select":{"id":true}}}');
-- is: the to-one side, by the primary key
SELECT pg_temp.plan('{"model":"Post","action":"findMany","args":{"where":{"id":{"lt":5},"author":{"is":{"email":"u2@x"}}},"select":{"id":true}}}');
-- and the answers
SELECT prisma.query('{"model":"User","action":"findMany","args":{"where":{"posts":{"some":{"title":"post 7"}}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"User","action":"count","args":{"where":{"posts":{"none":{}}}}}');
ROLLBACK;
