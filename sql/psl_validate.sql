-- Validation: names, types, attributes, native types, the datasource and
-- generator blocks. Messages are Prisma 7.10's; ERROR is 22023.
\set VERBOSITY default

-- duplicate and reserved names
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  f  Int
  f  String
}
model A {
  id Int @id
}
enum E {
  X
  X
}
model String {
  id Int @id
}
model await {
  id Int @id
}
model my-model {
  id  Int @id
  1st Int
}
$$);

-- unknown types, with a suggestion for a mis-cased built-in
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id   Int    @id
  name string
  x    Foo
}
$$);

-- unknown and duplicated attributes, unknown and missing arguments
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id @foo
  a  Int @unique @unique
  b  Int @map
  c  Int @map(1)
  d  Int @unique(foo: 1)
  @@bar
}
$$);

-- ids: optional, several, both kinds, on unknown/optional/relation fields
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int? @id
}
model B {
  id  Int @id
  id2 Int @id
}
model C {
  id Int @id
  b  Int
  @@id([id, b])
}
model D {
  a Int
  @@id([nope])
}
model E {
  a Int?
  b Int
  @@id([a, b])
}
$$);

-- every model needs a unique criterion of required fields
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  a Int? @unique
}
model B {
  x Int
}
$$);

-- indexes: unknown fields, empty lists, index types, options PostgreSQL lacks
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a  Int
  @@unique([x, y])
  @@index([nope])
  @@index([])
  @@index([a], type: Foo)
  @@index([a(length: 10)])
  @@fulltext([a])
}
$$);

-- constraint names share one namespace
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a  Int @unique(map: "x")
  b  Int
  @@index([b], map: "x")
  @@unique([a, b], name: "id")
}
$$);

-- native types: unknown, incompatible, arguments, prefix
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int      @id
  a  String   @db.Foo
  b  String   @db.Integer
  c  String   @db.VarChar(1, 2)
  d  DateTime @db.Timestamp(7)
  e  Decimal  @db.Decimal(2, 5)
  f  Int      @db.Integer(5)
  h  String   @db.Bit(0)
  i  String   @db.VarChar(-1)
}
$$);
-- the native-type prefix must be the datasource name
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int    @id
  g  String @pg.Text
}
$$);

-- @updatedAt and @ignore
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int        @id
  a  String     @updatedAt
  b  DateTime[] @updatedAt
  c  Int        @ignore
}
$$);

-- @@map collisions and field @map collisions
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a  Int @map("x")
  b  Int @map("x")
  @@map("B")
}
model B {
  id Int @id
}
$$);

-- the datasource block
SELECT prisma.validate($$
datasource db {
  provider = "mysql"
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "foo"
}
$$);
SELECT prisma.validate($$
datasource db {
}
$$);
SELECT prisma.validate($$
datasource db {
  provider     = postgresql
  relationMode = "foo"
  foo          = "bar"
  schemas      = []
}
$$);
-- url and directUrl are accepted and ignored (Prisma 7 rejects them)
SELECT prisma.validate($$
datasource db {
  provider  = "postgresql"
  url       = env("DATABASE_URL")
  directUrl = env("DIRECT_URL")
}
model A {
  id Int @id
}
$$);
-- extensions need the preview feature; unknown preview features are errors
SELECT prisma.validate($$
generator client {
  provider        = "prisma-client"
  previewFeatures = ["foo"]
}
datasource db {
  provider   = "postgresql"
  extensions = [pg_trgm]
}
$$);
SELECT prisma.validate($$
generator client {
  output = "x"
}
datasource db {
  provider = "postgresql"
}
datasource db2 {
  provider = "postgresql"
}
$$);

-- @@schema: required once schemas are listed, and must name one of them
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
  schemas  = ["public", "auth", "auth"]
}
model A {
  id Int @id
}
model B {
  id Int @id
  @@schema("other")
}
enum E {
  X
}
$$);

-- views need the views preview feature
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
view V {
  id Int @unique
}
$$);

-- warnings are returned, not raised
SELECT prisma.validate($$
datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}
model A {
  id  Int @id
  bId Int
  b   B   @relation(fields: [bId], references: [id])
}
model B {
  id Int @id
  as A[]
}
$$);

-- an enum value's database name longer than PostgreSQL's 63 bytes is
-- refused here, not inside CREATE TYPE (63 bytes pass)
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
enum Kind {
  long  @map("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")
  fits  @map("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")
}
$$);
