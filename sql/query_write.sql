-- Writes through prisma.query: every action, nested writes on every
-- relation kind, generated defaults, Prisma's error codes, atomicity.
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.q(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
  RETURN st || ' ' || msg || CASE WHEN det LIKE '{%' THEN E'\n' || (det::jsonb - 'meta')::text ELSE '' END;
END $$;
SELECT length(prisma.db_push($psl$
datasource db {
  provider = "postgresql"
}

model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  name    String?
  views   Int      @default(0)
  score   Float    @default(1)
  tags    String[]
  profile Profile?
  posts   Post[]
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
  userId Int    @unique
}

model Post {
  id       Int     @id @default(autoincrement())
  title    String  @db.VarChar(20)
  author   User?   @relation(fields: [authorId], references: [id])
  authorId Int?
  tags     Tag[]
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}

model Gen {
  uuid4   String   @id @default(uuid())
  uuid7   String   @default(uuid(7))
  cuid1   String   @default(cuid())
  cuid2   String   @default(cuid(2))
  nano    String   @default(nanoid(8))
  ulid    String   @default(ulid())
  n       Int      @default(1)
  stamp   DateTime @updatedAt
}
$psl$, accept_data_loss => true)) > 0 AS pushed;
-- the row counts of every table, to show a failed write changed nothing
CREATE FUNCTION pg_temp.counts() RETURNS text LANGUAGE sql AS $$
  SELECT format('User=%s Profile=%s Post=%s Tag=%s PostToTag=%s Gen=%s',
    (SELECT count(*) FROM "User"), (SELECT count(*) FROM "Profile"), (SELECT count(*) FROM "Post"),
    (SELECT count(*) FROM "Tag"), (SELECT count(*) FROM "_PostToTag"), (SELECT count(*) FROM "Gen")) $$;

-- create, nested on 1-1, 1-n and m-n; the result with include
SELECT pg_temp.q('{"model":"User","action":"create","args":{"data":{"email":"ann@x.io","name":"Ann","tags":["a","b"],
  "profile":{"create":{"bio":"hello"}},
  "posts":{"create":[{"title":"one","tags":{"create":[{"name":"red"},{"name":"blue"}]}},
                     {"title":"two","tags":{"connect":[{"name":"red"}]}}]}},
  "include":{"profile":true,"posts":{"include":{"tags":{"orderBy":{"id":"asc"}}},"orderBy":{"id":"asc"}}}}}');
-- the required side created from the other side: a profile whose user is created with it
SELECT pg_temp.q('{"model":"Profile","action":"create","args":{"data":{"bio":"bob''s","user":{"create":{"email":"bob@x.io"}}},"include":{"user":true}}}');
-- connectOrCreate: connects when found, creates otherwise
SELECT pg_temp.q('{"model":"Post","action":"create","args":{"data":{"title":"three","author":{"connectOrCreate":{"where":{"email":"ann@x.io"},"create":{"email":"ann@x.io"}}},
  "tags":{"connectOrCreate":[{"where":{"name":"red"},"create":{"name":"red"}},{"where":{"name":"green"},"create":{"name":"green"}}]}},
  "select":{"title":true,"author":{"select":{"email":true}},"tags":{"select":{"name":true},"orderBy":{"name":"asc"}}}}}');
-- unchecked input: the foreign key scalar instead of the relation
SELECT pg_temp.q('{"model":"Post","action":"create","args":{"data":{"title":"four","authorId":2},"select":{"id":true,"authorId":true}}}');
SELECT pg_temp.counts();

-- createMany (rows of different shapes), skipDuplicates, createManyAndReturn
SELECT pg_temp.q('{"model":"Tag","action":"createMany","args":{"data":[{"name":"x1"},{"name":"x2"},{"id":100,"name":"x3"}]}}');
SELECT pg_temp.q('{"model":"Tag","action":"createMany","args":{"data":[{"name":"x1"},{"name":"x4"}],"skipDuplicates":true}}');
SELECT pg_temp.q('{"model":"Tag","action":"createManyAndReturn","args":{"data":[{"name":"y2"},{"name":"y1"}],"select":{"name":true}}}');
SELECT pg_temp.q('{"model":"Tag","action":"createManyAndReturn","args":{"data":[]}}');
SELECT pg_temp.q('{"model":"User","action":"createMany","args":{"data":{"email":"solo@x.io","tags":["t"]}}}');

-- update: scalar set, atomic number operations, scalar lists
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"email":"ann@x.io"},"data":{"name":{"set":"Anna"},"views":{"increment":5},"score":{"multiply":2.5},"tags":{"push":"c"}},"select":{"name":true,"views":true,"score":true,"tags":true}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"views":{"decrement":2},"score":{"divide":5},"tags":{"set":[]}},"select":{"views":true,"score":true,"tags":true}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"views":{"divide":2}},"select":{"views":true}}}');
-- an integer literal beyond 64 bits is a number (as a JavaScript client reads it), not a JSON error
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"score":100000000000000000000},"select":{"score":true}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"views":100000000000000000000}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"score":0.5},"select":{"score":true}}}');
-- nested writes in an update, on every relation kind
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{
  "profile":{"update":{"bio":"changed"}},
  "posts":{"update":{"where":{"id":1},"data":{"title":"one!","tags":{"disconnect":[{"name":"blue"}]}}},
           "updateMany":{"where":{"title":{"startsWith":"t"}},"data":{"title":"t*"}},
           "create":{"title":"five"}}},
  "select":{"profile":{"select":{"bio":true}},"posts":{"select":{"title":true,"tags":{"select":{"name":true}}},"orderBy":{"id":"asc"}}}}}');
SELECT pg_temp.q('{"model":"Post","action":"update","args":{"where":{"id":1},"data":{"tags":{"set":[{"name":"green"},{"name":"x1"}]},"author":{"disconnect":true}},
  "select":{"authorId":true,"tags":{"select":{"name":true},"orderBy":{"name":"asc"}}}}}');
SELECT pg_temp.q('{"model":"Post","action":"update","args":{"where":{"id":1},"data":{"author":{"connect":{"email":"bob@x.io"}},"tags":{"deleteMany":{"name":"x1"}}},
  "select":{"author":{"select":{"email":true}},"tags":{"select":{"name":true}}}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":2},"data":{"posts":{"upsert":[{"where":{"id":1},"update":{"title":"up"},"create":{"title":"no"}},{"where":{"id":999},"update":{"title":"no"},"create":{"title":"made"}}],"delete":[{"id":4}]}},
  "select":{"posts":{"select":{"title":true},"orderBy":{"id":"asc"}}}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":2},"data":{"posts":{"set":[]},"profile":{"upsert":{"create":{"bio":"new"},"update":{"bio":"upd"}}}},
  "select":{"posts":true,"profile":{"select":{"bio":true}}}}}');

-- updateMany, updateManyAndReturn, limit
SELECT pg_temp.q('{"model":"Tag","action":"updateMany","args":{"where":{"name":{"startsWith":"x"}},"data":{"name":{"set":"z"}},"limit":0}}');
SELECT pg_temp.q('{"model":"Post","action":"updateManyAndReturn","args":{"where":{"authorId":null},"data":{"title":"orphan"},"select":{"title":true}}}');
SELECT pg_temp.q('{"model":"Post","action":"updateMany","args":{"where":{"title":"orphan"},"data":{"title":"lone"},"limit":1}}');

-- upsert: native (one unique field, same value in create) and not
SELECT pg_temp.q('{"model":"Tag","action":"upsert","args":{"where":{"name":"red"},"create":{"name":"red"},"update":{"name":"crimson"},"select":{"name":true}}}');
SELECT pg_temp.q('{"model":"Tag","action":"upsert","args":{"where":{"name":"pink"},"create":{"name":"pink"},"update":{"name":"no"},"select":{"name":true}}}');
SELECT pg_temp.q('{"model":"User","action":"upsert","args":{"where":{"email":"cy@x.io"},"create":{"email":"cy@x.io","posts":{"create":{"title":"cy"}}},"update":{"name":"no"},"include":{"posts":{"select":{"title":true}}}}}');
SELECT pg_temp.q('{"model":"User","action":"upsert","args":{"where":{"email":"cy@x.io"},"create":{"email":"cy@x.io","posts":{"create":{"title":"cy"}}},"update":{"name":"Cy"},"select":{"name":true,"_count":{"select":{"posts":true}}}}}');
SELECT prisma.explain('{"model":"Tag","action":"upsert","args":{"where":{"name":"red"},"create":{"name":"red"},"update":{}}}') ~ 'ON CONFLICT \(name\) DO UPDATE' AS native_upsert;

-- delete returns the record as it was (with relations); deleteMany with limit
SELECT pg_temp.q('{"model":"User","action":"delete","args":{"where":{"email":"bob@x.io"},"include":{"profile":{"select":{"bio":true}}}}}');
SELECT pg_temp.q('{"model":"Tag","action":"deleteMany","args":{"where":{"name":{"in":["x2","x3","x4"]}},"limit":2}}');
SELECT pg_temp.q('{"model":"Tag","action":"deleteMany"}');
SELECT pg_temp.counts();

-- generated defaults have their formats; @updatedAt is set on create and update
SELECT pg_temp.q('{"model":"Gen","action":"createMany","args":{"data":[{},{},{"n":2}]}}');
SELECT uuid4 ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' AS uuid4,
       uuid7 ~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' AS uuid7,
       abs(extract(epoch FROM now()) * 1000 - ('x' || lpad(substr(replace(uuid7, '-', ''), 1, 12), 16, '0'))::bit(64)::bigint) < 60000 AS uuid7_time,
       cuid1 ~ '^c[0-9a-z]{24}$' AS cuid1, cuid2 ~ '^[a-z][0-9a-z]{23}$' AS cuid2,
       nano ~ '^[A-Za-z0-9_-]{8}$' AS nanoid8, ulid ~ '^[0-7][0-9A-HJKMNP-TV-Z]{25}$' AS ulid,
       abs(extract(epoch FROM stamp - (now() AT TIME ZONE 'UTC'))) < 60 AS stamped
  FROM "Gen" ORDER BY n LIMIT 1;
SELECT count(DISTINCT uuid4) = 3 AND count(DISTINCT cuid1) = 3 AND count(DISTINCT nano) = 3 AS distinct_values FROM "Gen";
UPDATE "Gen" SET stamp = '2000-01-01';
SELECT pg_temp.q('{"model":"Gen","action":"updateMany","args":{"data":{"n":{"increment":1}}}}');
SELECT count(*) FILTER (WHERE stamp > '2020-01-01') AS restamped FROM "Gen";

-- a create without data: every field has its default (once crashed the backend)
SELECT pg_temp.q('{"model":"Gen","action":"create","args":{"select":{"n":true}}}');
SELECT pg_temp.q('{"model":"Gen","action":"deleteMany","args":{"where":{"n":1}}}');

-- errors: Prisma's codes, and nothing written
SELECT pg_temp.counts() AS before;
SELECT pg_temp.q('{"model":"User","action":"create","args":{"select":{"id":true}}}');
SELECT pg_temp.q('{"model":"User","action":"create","args":{"data":{"email":"ann@x.io"}}}');
SELECT pg_temp.q('{"model":"User","action":"create","args":{"data":{"email":"new@x.io","posts":{"create":[{"title":"ok"},{"title":"this title is much too long"}]}}}}');
SELECT pg_temp.q('{"model":"Post","action":"create","args":{"data":{"title":"t","authorId":12345}}}');
SELECT pg_temp.q('{"model":"Post","action":"create","args":{"data":{"title":"t","author":{"connect":{"id":12345}}}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":12345},"data":{"name":"x"}}}');
SELECT pg_temp.q('{"model":"User","action":"delete","args":{"where":{"id":12345}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"views":{"increment":2147483647}}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"posts":{"update":{"where":{"id":12345},"data":{"title":"x"}}}}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"profile":{"create":{"bio":"second"}}}}}');
SELECT pg_temp.q('{"model":"User","action":"create","args":{"data":{"name":"no email"}}}');
SELECT pg_temp.q('{"model":"User","action":"create","args":{"data":{"email":"e@x.io","emial":"x"}}}');
SELECT pg_temp.q('{"model":"Post","action":"create","args":{"data":{"title":"t","authorId":1,"author":{"connect":{"id":1}}}}}');
SELECT pg_temp.q('{"model":"Profile","action":"create","args":{"data":{"bio":"b"}}}');
SELECT pg_temp.q('{"model":"User","action":"create","args":{"data":{"email":"e@x.io","views":"many"}}}');
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"email":{"increment":1}}}}');
SELECT pg_temp.q('[{"model":"Tag","action":"create","args":{"data":{"name":"batch"}}},{"model":"Tag","action":"create","args":{"data":{"name":"batch"}}}]');
SELECT pg_temp.counts() AS after;
-- an optional to-one relation's record deleted through its parent
SELECT pg_temp.q('{"model":"User","action":"update","args":{"where":{"id":1},"data":{"profile":{"delete":true}},"include":{"profile":true}}}');
-- a batch that succeeds returns every result
SELECT pg_temp.q('[{"model":"Tag","action":"create","args":{"data":{"name":"b1"},"select":{"name":true}}},{"model":"Tag","action":"deleteMany","args":{"where":{"name":"b1"}}}]');

-- Json fields: Prisma's DbNull (SQL NULL) and JsonNull (the JSON null), Json lists
SELECT length(prisma.db_push($psl$
datasource db {
  provider = "postgresql"
}
model Doc {
  id    Int    @id
  json  Json?
  must  Json   @default("{}")
  jsons Json[]
}
$psl$, accept_data_loss => true)) > 0 AS pushed;
SELECT pg_temp.q('{"model":"Doc","action":"create","args":{"data":{"id":1,"json":{"$type":"Enum","value":"JsonNull"},"jsons":[{"a":1}]}}}');
SELECT pg_temp.q('{"model":"Doc","action":"create","args":{"data":{"id":2,"json":{"$type":"Enum","value":"DbNull"}}}}');
SELECT pg_temp.q('{"model":"Doc","action":"update","args":{"where":{"id":1},"data":{"jsons":{"push":2},"json":{"x":[1,null]}}}}');
SELECT pg_temp.q('{"model":"Doc","action":"update","args":{"where":{"id":2},"data":{"jsons":{"set":[{"a":"b"},{}]}},"select":{"jsons":true}}}');
SELECT pg_temp.q('{"model":"Doc","action":"update","args":{"where":{"id":2},"data":{"must":{"$type":"Enum","value":"DbNull"}}}}');
SELECT pg_temp.q('{"model":"Doc","action":"update","args":{"where":{"id":2},"data":{"json":{"$type":"Enum","value":"AnyNull"}}}}');
SELECT id, json IS NULL AS sql_null, json, must FROM "Doc" ORDER BY id;
