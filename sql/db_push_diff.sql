-- A second db_push applies the difference, in Prisma's step order, and
-- refuses to lose data unless told to.
\set VERBOSITY default
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Status {
  DRAFT
  LIVE
}
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  name  String
  age   Int?
}
model Post {
  id     Int    @id @default(autoincrement())
  title  String
  status Status @default(DRAFT)
}
$$) IS NOT NULL AS pushed;

-- add a model, a field, an index, a relation and an enum value;
-- change a type and nullability; drop a unique
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Status {
  DRAFT
  LIVE
  ARCHIVED
}
model User {
  id    Int     @id @default(autoincrement())
  email String
  name  String?
  age   BigInt?
  bio   String  @default("")
  posts Post[]

  @@index([name])
}
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  status   Status @default(DRAFT)
  authorId Int?
  author   User?  @relation(fields: [authorId], references: [id])
}
model Tag {
  id   Int    @id @default(autoincrement())
  name String @unique
}
$$);

-- data in place: dropping a column with values is refused...
INSERT INTO "User" (email, name) VALUES ('a@x.io', 'Ann'), ('b@x.io', NULL);
INSERT INTO "Tag" (name) VALUES ('t1');
SAVEPOINT s1;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Status {
  DRAFT
  LIVE
  ARCHIVED
}
model User {
  id    Int     @id @default(autoincrement())
  email String
  age   BigInt?
  bio   String  @default("")
  posts Post[]
}
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  status   Status @default(DRAFT)
  authorId Int?
  author   User?  @relation(fields: [authorId], references: [id])
}
$$);
ROLLBACK TO s1;
-- ... and nothing changed
SELECT count(*) AS name_column FROM information_schema.columns
WHERE table_name = 'User' AND column_name = 'name';
SELECT count(*) AS tag_rows FROM "Tag";

-- a required column without default on a non-empty table cannot be added
SAVEPOINT s2;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Status {
  DRAFT
  LIVE
  ARCHIVED
}
model User {
  id    Int     @id @default(autoincrement())
  email String
  name  String?
  age   BigInt?
  bio   String  @default("")
  code  String
  posts Post[]
  @@index([name])
}
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  status   Status @default(DRAFT)
  authorId Int?
  author   User?  @relation(fields: [authorId], references: [id])
}
model Tag {
  id   Int    @id @default(autoincrement())
  name String @unique
}
$$);
ROLLBACK TO s2;

-- with accept_data_loss the drop goes through (with a notice)
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Status {
  DRAFT
  LIVE
  ARCHIVED
}
model User {
  id    Int     @id @default(autoincrement())
  email String
  age   BigInt?
  bio   String  @default("")
  posts Post[]
}
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  status   Status @default(DRAFT)
  authorId Int?
  author   User?  @relation(fields: [authorId], references: [id])
}
$$, accept_data_loss => true);
SELECT email, age, bio FROM "User" ORDER BY id;

-- removing an enum value rebuilds the type
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Status {
  DRAFT
  LIVE
}
model User {
  id    Int     @id @default(autoincrement())
  email String
  age   BigInt?
  bio   String  @default("")
  posts Post[]
}
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  status   Status @default(DRAFT)
  authorId Int?
  author   User?  @relation(fields: [authorId], references: [id])
}
$$, true);
SELECT enum_range(NULL::"Status");
ROLLBACK;
-- extensions = [...] (postgresqlExtensions): db_push creates them, as
-- Prisma Migrate does, and an extension already there is kept
BEGIN;
SELECT count(*) AS citext_before FROM pg_extension WHERE extname = 'citext';
SELECT length(prisma.db_push($$
generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["postgresqlExtensions"]
}
datasource db {
  provider   = "postgresql"
  extensions = [citext]
}
model Tag {
  id   Int    @id
  name String @db.Citext
}
$$, accept_data_loss => true)) > 0 AS pushed;
SELECT count(*) AS citext_after FROM pg_extension WHERE extname = 'citext';
INSERT INTO "Tag" VALUES (1, 'Hello');
SELECT prisma.query('{"model":"Tag","action":"findMany","args":{"where":{"name":"HELLO"}}}');
SELECT length(prisma.db_push($$
generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["postgresqlExtensions"]
}
datasource db {
  provider   = "postgresql"
  extensions = [citext]
}
model Tag {
  id   Int    @id
  name String @db.Citext
  note String?
}
$$, accept_data_loss => true)) > 0 AS pushed_again;
ROLLBACK;
