-- Full-text search (issue 9): `search` with PostgreSQL's to_tsquery syntax
-- (& | ! <->) and orderBy _relevance.  The text search configuration is
-- written out, so a GIN index on to_tsvector(config, column) serves the
-- filter (prisma/prisma#8950): EXPLAIN shows it.
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.q(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ' ' || msg;
END $$;
BEGIN;
SET LOCAL default_text_search_config = 'pg_catalog.english';
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Note {
  id    Int     @id
  title String
  body  String?
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
INSERT INTO "Note" VALUES (1, 'cats and dogs', 'the cat sleeps'), (2, 'dog walking', 'dogs run fast'),
  (3, 'birds', NULL), (4, 'a cat', 'cat cat cat');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"cat"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"cat & dog"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"cat | bird"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"!cat"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"dog <-> walk"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"body":{"search":"cat"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"count","args":{"where":{"NOT":{"title":{"search":"cat"}}}}}');
-- two fields searched for the same query in one where object are one text,
-- as Prisma searches them: concat_ws(' ', title, body)
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"dog & sleep"},"body":{"search":"dog & sleep"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"dog"},"body":{"search":"fast"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
-- _relevance: ts_rank over the fields' text
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"orderBy":[{"_relevance":{"fields":["title","body"],"search":"cat","sort":"desc"}},{"id":"asc"}],"select":{"id":true}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"orderBy":[{"_relevance":{"fields":"title","search":"dog","sort":"asc"}},{"id":"desc"}],"take":2,"select":{"id":true}}}');
-- a GIN index on the configuration's tsvector is used
CREATE INDEX note_title_fts ON "Note" USING GIN (to_tsvector('english', title));
SET LOCAL enable_seqscan = off;
SELECT count(*) > 0 AS uses_gin_index
  FROM regexp_split_to_table(prisma.explain('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"cat"}}}}'), E'\n') l
 WHERE l LIKE '%note_title_fts%';
-- a nullable column searches as an empty text when NULL, as Prisma's concat_ws(' ', body):
-- note 3 (body NULL) is in NOT body:cat and in body:!cat, and a GIN index on body still serves body:cat
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"NOT":{"body":{"search":"cat"}}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"body":{"search":"!cat"}},"select":{"id":true},"orderBy":{"id":"asc"}}}');
CREATE INDEX note_body_fts ON "Note" USING GIN (to_tsvector('english', body));
SELECT count(*) > 0 AS uses_gin_index
  FROM regexp_split_to_table(prisma.explain('{"model":"Note","action":"findMany","args":{"where":{"body":{"search":"cat"}}}}'), E'\n') l
 WHERE l LIKE '%note_body_fts%';
RESET enable_seqscan;
-- errors
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"title":{"search":"cat &"}}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"where":{"id":{"search":"1"}}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"orderBy":{"_relevance":{"fields":["id"],"search":"x","sort":"asc"}}}}');
SELECT pg_temp.q('{"model":"Note","action":"findMany","args":{"orderBy":{"_relevance":{"fields":["title"],"sort":"asc"}}}}');
ROLLBACK;
