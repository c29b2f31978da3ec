-- prisma.query reads: selections, relations, counts, ordering, pagination
-- and Prisma's output encodings.
\set VERBOSITY default
SET client_min_messages = warning;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Role {
  USER
  ADMIN @map("admin")
}
model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String?
  role      Role      @default(USER)
  karma     BigInt    @default(0)
  balance   Decimal   @default(0) @db.Decimal(20, 10)
  avatar    Bytes?
  prefs     Json?
  tags      String[]
  createdAt DateTime  @db.Timestamptz(3)
  posts     Post[]
  profile   Profile?
  friends   User[]    @relation("Friends")
  friendOf  User[]    @relation("Friends")
}
model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id])
}
model Post {
  id        Int        @id @default(autoincrement())
  title     String
  views     Int        @default(0)
  authorId  Int
  author    User       @relation(fields: [authorId], references: [id])
  tags      Tag[]
  @@unique([authorId, title], name: "byAuthorTitle")
}
model Tag {
  name  String @id
  posts Post[]
}
$$) IS NOT NULL AS pushed;
INSERT INTO "User" (email, name, role, karma, balance, avatar, prefs, tags, "createdAt") VALUES
  ('ann@x.io', 'Ann', 'admin', 9007199254740993, 12.5000000000, '\x68656c6c6f', '{"theme": "dark"}', '{a,b}', '2024-01-01 10:00:00.123+00'),
  ('bob@x.io', NULL, 'USER', 0, 0.0000000001, NULL, NULL, NULL, '1969-07-20 20:17:40+00'),
  ('cyd@x.io', 'Cyd', 'USER', -5, -1234567890.1000000000, '\x', '[1, 2.5, "x", null]', '{}', '2024-02-29 23:59:59.999+00');
INSERT INTO "Profile" (bio, "userId") VALUES ('hi', 1);
INSERT INTO "Post" (title, views, "authorId") VALUES ('a', 5, 1), ('b', 50, 1), ('c', 7, 2), ('d', 7, 1);
INSERT INTO "Tag" (name) VALUES ('sql'), ('orm');
INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 'sql'), (1, 'orm'), (2, 'sql');
INSERT INTO "_Friends" ("A", "B") VALUES (1, 2), (1, 3);

-- the default selection: every scalar in model order, Prisma's encodings
SELECT prisma.query('{"model":"User","action":"findMany","args":{"orderBy":{"id":"asc"}}}');
-- select, include, omit, nested to any depth
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"email":true,"posts":{"select":{"title":true,"tags":{"select":{"name":true},"orderBy":{"name":"asc"}}},"orderBy":{"id":"asc"}}},"orderBy":{"id":"asc"}}}');
SELECT prisma.query('{"model":"User","action":"findUnique","args":{"where":{"id":1},"omit":{"prefs":true,"avatar":true,"tags":true},"include":{"profile":true}}}');
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"include":{"author":{"select":{"email":true,"profile":{"select":{"bio":true}}}}},"orderBy":{"id":"asc"}}}');
-- a missing to-one relation is null, an empty list is []
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"id":true,"profile":true,"posts":{"select":{"id":true}}},"where":{"id":{"in":[2,3]}},"orderBy":{"id":"asc"}}}');
-- self m-n both ways
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"id":true,"friends":{"select":{"id":true}},"friendOf":{"select":{"id":true}}},"orderBy":{"id":"asc"}}}');
-- _count: true, select, filtered
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"id":true,"_count":true},"orderBy":{"id":"asc"}}}');
SELECT prisma.query('{"model":"User","action":"findMany","args":{"include":{"_count":{"select":{"posts":{"where":{"views":{"gt":6}}}}}},"omit":{"prefs":true,"avatar":true,"tags":true,"karma":true,"balance":true,"createdAt":true,"role":true,"name":true},"orderBy":{"id":"asc"}}}');
-- ordering: several keys, nulls, relation fields, relation counts
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"id":true},"orderBy":[{"views":"desc"},{"id":"asc"}]}}');
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"id":true,"name":true},"orderBy":{"name":{"sort":"asc","nulls":"first"}}}}');
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"id":true},"orderBy":[{"author":{"email":"desc"}},{"id":"asc"}]}}');
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"id":true},"orderBy":[{"posts":{"_count":"desc"}},{"id":"asc"}]}}');
-- pagination: take, skip, negative take, cursor, distinct
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"id":true},"take":2,"skip":1}}');
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"id":true},"take":-2}}');
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"id":true},"cursor":{"id":2},"take":2}}');
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"id":true},"cursor":{"id":3},"take":-2}}');
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"id":true},"cursor":{"id":99},"take":2}}');
SELECT prisma.query('{"model":"Post","action":"findMany","args":{"select":{"authorId":true,"views":true},"distinct":["authorId"],"orderBy":{"views":"desc"}}}');
SELECT prisma.query('{"model":"User","action":"findUnique","args":{"where":{"id":1},"select":{"posts":{"select":{"id":true},"orderBy":{"id":"desc"},"take":2,"skip":1}}}}');
-- findUnique by every kind of unique criterion, with extra filters
SELECT prisma.query('{"model":"User","action":"findUnique","args":{"where":{"email":"bob@x.io"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Post","action":"findUnique","args":{"where":{"byAuthorTitle":{"authorId":1,"title":"b"}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Post","action":"findUnique","args":{"where":{"id":2,"views":{"lt":10}},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Tag","action":"findUnique","args":{"where":{"name":"orm"},"include":{"posts":{"select":{"id":true}}}}}');
SELECT prisma.query('{"model":"User","action":"findUnique","args":{"where":{"id":42}}}');
-- findFirst
SELECT prisma.query('{"model":"Post","action":"findFirst","args":{"where":{"views":7},"orderBy":{"id":"desc"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Post","action":"findFirst","args":{"where":{"views":1000}}}');
-- the model name may be written as Prisma Client's delegate
SELECT prisma.query('{"model":"user","action":"findFirst","args":{"select":{"id":true},"orderBy":{"id":"asc"}}}');
-- relationLoadStrategy is accepted; both give the same result
SELECT prisma.query('{"model":"User","action":"findMany","args":{"relationLoadStrategy":"query","select":{"id":true,"posts":{"select":{"id":true}}},"where":{"id":1}}}')::text
     = prisma.query('{"model":"User","action":"findMany","args":{"relationLoadStrategy":"join","select":{"id":true,"posts":{"select":{"id":true}}},"where":{"id":1}}}')::text AS same;
-- a batch runs every document and returns an array
SELECT prisma.query('[{"model":"Tag","action":"findMany","args":{"orderBy":{"name":"asc"}}},{"model":"Profile","action":"findFirst"}]');
-- row locks (a prisma_ext extension): FOR UPDATE on the root rows
SELECT prisma.query('{"model":"User","action":"findMany","args":{"select":{"id":true},"where":{"id":1},"lock":"update"}}');
SELECT prisma.query('{"model":"User","action":"findFirst","args":{"select":{"id":true},"orderBy":{"id":"asc"},"lock":{"mode":"share","skipLocked":true}}}');
SELECT strpos(prisma.explain('{"model":"User","action":"findMany","args":{"select":{"id":true},"lock":{"mode":"update","noWait":true}}}'), 'FOR UPDATE OF t1 NOWAIT') > 0 AS for_update_nowait;
ROLLBACK;

-- more than 50 selected fields: json_build_object takes at most 100 arguments
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Wide {
  id  Int @id
  f00 Int @default(0)
  f01 Int @default(1)
  f02 Int @default(2)
  f03 Int @default(3)
  f04 Int @default(4)
  f05 Int @default(5)
  f06 Int @default(6)
  f07 Int @default(7)
  f08 Int @default(8)
  f09 Int @default(9)
  f10 Int @default(10)
  f11 Int @default(11)
  f12 Int @default(12)
  f13 Int @default(13)
  f14 Int @default(14)
  f15 Int @default(15)
  f16 Int @default(16)
  f17 Int @default(17)
  f18 Int @default(18)
  f19 Int @default(19)
  f20 Int @default(20)
  f21 Int @default(21)
  f22 Int @default(22)
  f23 Int @default(23)
  f24 Int @default(24)
  f25 Int @default(25)
  f26 Int @default(26)
  f27 Int @default(27)
  f28 Int @default(28)
  f29 Int @default(29)
  f30 Int @default(30)
  f31 Int @default(31)
  f32 Int @default(32)
  f33 Int @default(33)
  f34 Int @default(34)
  f35 Int @default(35)
  f36 Int @default(36)
  f37 Int @default(37)
  f38 Int @default(38)
  f39 Int @default(39)
  f40 Int @default(40)
  f41 Int @default(41)
  f42 Int @default(42)
  f43 Int @default(43)
  f44 Int @default(44)
  f45 Int @default(45)
  f46 Int @default(46)
  f47 Int @default(47)
  f48 Int @default(48)
  f49 Int @default(49)
  f50 Int @default(50)
  f51 Int @default(51)
  f52 Int @default(52)
  f53 Int @default(53)
  f54 Int @default(54)
  f55 Int @default(55)
  f56 Int @default(56)
  f57 Int @default(57)
  f58 Int @default(58)
  f59 Int @default(59)
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Wide" (id) VALUES (1);
SELECT prisma.query('{"model":"Wide","action":"findUnique","args":{"where":{"id":1}}}')::jsonb = (SELECT to_jsonb(w) FROM "Wide" w) AS same,
       (SELECT array_agg(k) FROM json_object_keys(prisma.query('{"model":"Wide","action":"findUnique","args":{"where":{"id":1}}}')) k) = (SELECT array_agg(attname::text ORDER BY attnum) FROM pg_attribute WHERE attrelid = '"Wide"'::regclass AND attnum > 0) AS in_field_order;
ROLLBACK;
