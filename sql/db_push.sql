-- prisma.db_push from an empty database: Prisma Migrate's DDL, the SQL it
-- ran, transactional failure.
\set VERBOSITY default
BEGIN;

SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}

enum Role {
  USER
  ADMIN
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String?
  role      Role     @default(USER)
  createdAt DateTime @default(now())
  posts     Post[]
  profile   Profile?
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
}

model Post {
  id         Int        @id @default(autoincrement())
  title      String
  content    String?
  published  Boolean    @default(false)
  views      Int        @default(0)
  authorId   Int
  author     User       @relation(fields: [authorId], references: [id], onDelete: Cascade)
  categories Category[]
  createdAt  DateTime   @default(now())

  @@index([authorId])
}

model Category {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
$$);

-- the tables exist with Prisma's names, types and constraints
SELECT table_name, column_name, data_type, is_nullable, column_default
FROM information_schema.columns WHERE table_schema = 'public'
ORDER BY table_name, ordinal_position;
SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
WHERE connamespace = 'public'::regnamespace ORDER BY conname;
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname;

-- the same schema again changes nothing
SELECT prisma.db_push(prisma.schema());
ROLLBACK;

-- an invalid schema changes nothing
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  b  Strin
}
$$);
ROLLBACK;

-- a failing statement rolls the whole push back: "B", made by hand, holds
-- duplicates for the unique index the schema adds (a warning, accepted)
BEGIN;
CREATE TABLE "B" (id int PRIMARY KEY, x int);
INSERT INTO "B" VALUES (1, 7), (2, 7);
SAVEPOINT before_push;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
}
model B {
  id Int  @id
  x  Int? @unique
}
$$, accept_data_loss => true);
ROLLBACK TO before_push;
SELECT count(*) AS tables_named_a FROM pg_class WHERE relname = 'A';
SELECT count(*) AS catalog_rows FROM prisma.models;
ROLLBACK;

-- db_push diffs against the live tables, as Prisma's does: a table made by
-- hand that the schema does not name is dropped when empty and refused when
-- it holds rows; a column dropped by hand comes back
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model A {
  id   Int    @id
  name String
}
$$) IS NOT NULL AS pushed;
CREATE TABLE "Scratch" (id int);
ALTER TABLE "A" DROP COLUMN name;
SELECT prisma.db_push(prisma.schema());
CREATE TABLE "Kept" (id int PRIMARY KEY);
INSERT INTO "Kept" VALUES (1), (2);
SAVEPOINT before_push;
SELECT prisma.db_push(prisma.schema());
ROLLBACK TO before_push;
SELECT prisma.db_push(prisma.schema(), accept_data_loss => true);
ROLLBACK;

-- multiple schemas, mapped names, native types
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
  schemas  = ["auth", "public"]
}
enum Plan {
  BASIC
  PRO   @map("pro")
  @@map("plan")
  @@schema("auth")
}
model Account {
  id     String   @id @default(uuid()) @db.Uuid
  login  String   @unique @map("user_login") @db.VarChar(64)
  plan   Plan     @default(PRO)
  joined DateTime @default(now()) @db.Timestamptz(6)
  items  Item[]
  @@map("accounts")
  @@schema("auth")
}
model Item {
  id        Int     @id @default(autoincrement())
  accountId String  @db.Uuid
  account   Account @relation(fields: [accountId], references: [id])
  @@schema("public")
}
$$);
SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname IN ('auth', 'public') ORDER BY 1, 2;
ROLLBACK;

-- NULL arguments
SELECT prisma.db_push(NULL);
