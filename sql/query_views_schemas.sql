-- Views and several schemas: a view block is a read-only model over the
-- user's own view (every write action is refused, P2009); models in
-- different PostgreSQL schemas relate and write across them.
-- (test/differential/schemas_views runs the same against Prisma 7.)
\set VERBOSITY terse
SET client_min_messages = warning;
BEGIN;
SELECT prisma.db_push($$
generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}
datasource db {
  provider = "postgresql"
  schemas  = ["auth", "shop"]
}
model User {
  id     Int     @id
  email  String  @unique
  orders Order[]
  @@schema("auth")
}
model Order {
  id     Int  @id
  total  Int
  user   User @relation(fields: [userId], references: [id])
  userId Int
  @@schema("shop")
}
view UserTotal {
  userId Int    @unique
  email  String
  total  Int
  @@schema("shop")
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
-- db_push creates no table for the view; the user creates the view
SELECT to_regclass('shop."UserTotal"') IS NULL AS no_table;
CREATE VIEW shop."UserTotal" AS
  SELECT u.id AS "userId", u.email, COALESCE(sum(o.total), 0)::int AS total
    FROM auth."User" u LEFT JOIN shop."Order" o ON o."userId" = u.id GROUP BY u.id;
SELECT prisma.query('{"model":"User","action":"create","args":{"data":{"id":1,"email":"a@x","orders":{"create":[{"id":1,"total":5},{"id":2,"total":7}]}},"include":{"orders":true}}}');
SELECT prisma.query('{"model":"User","action":"create","args":{"data":{"id":2,"email":"b@x"}}}');
SELECT prisma.query('{"model":"Order","action":"findMany","args":{"where":{"user":{"email":"a@x"}},"include":{"user":true},"orderBy":{"id":"desc"}}}');
SELECT prisma.query('{"model":"UserTotal","action":"findMany","args":{"orderBy":{"total":"desc"}}}');
SELECT prisma.query('{"model":"UserTotal","action":"findUnique","args":{"where":{"userId":1},"select":{"total":true}}}');
SELECT prisma.query('{"model":"UserTotal","action":"groupBy","args":{"by":["total"],"_count":{"_all":true},"orderBy":{"total":"asc"}}}');
-- every write to a view is refused and changes nothing
CREATE FUNCTION pg_temp.q(doc text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  RETURN split_part(SQLERRM, E'\n', 1);
END $$;
SELECT a, pg_temp.q(format('{"model":"UserTotal","action":"%s","args":%s}', a, args))
  FROM (VALUES ('create', '{"data":{"userId":9,"email":"x","total":0}}'),
               ('createMany', '{"data":[]}'),
               ('createManyAndReturn', '{"data":[]}'),
               ('update', '{"where":{"userId":1},"data":{"total":0}}'),
               ('updateMany', '{"data":{"total":0}}'),
               ('updateManyAndReturn', '{"data":{"total":0}}'),
               ('upsert', '{"where":{"userId":1},"create":{"userId":1,"email":"x","total":0},"update":{}}'),
               ('delete', '{"where":{"userId":1}}'),
               ('deleteMany', '{}')) v(a, args);
SELECT count(*) AS orders FROM shop."Order";
ROLLBACK;
