-- Relations: inference of 1-1, 1-n, self and implicit m-n relations, and
-- every relation rule Prisma enforces.
\set VERBOSITY default

-- all relation kinds at once are valid
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model User {
  id       Int      @id
  profile  Profile?
  posts    Post[]
  friends  User[]   @relation("Friends")
  friendOf User[]   @relation("Friends")
  bossId   Int?
  boss     User?    @relation("Boss", fields: [bossId], references: [id])
  staff    User[]   @relation("Boss")
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id], onDelete: Cascade)
}
model Post {
  id       Int    @id
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
  tags     Tag[]
}
model Tag {
  name  String @id
  posts Post[]
}
$$);

-- a missing opposite field (the list side and the singular side)
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bs B[]
}
model B {
  id Int @id
}
model C {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id])
}
$$);

-- 1-n without fields/references, and fields on the list side
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  b  B
}
model B {
  id Int @id
  as A[]
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int @id
  bs  B[] @relation(fields: [id], references: [aId])
}
model B {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id])
}
$$);

-- 1-1: neither side has fields; both sides have them; FK not unique; back side required
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  b  B
}
model B {
  id Int @id
  a  A?
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int @id
  bId Int @unique
  b   B   @relation(fields: [bId], references: [id])
}
model B {
  id  Int @id
  aId Int @unique
  a   A   @relation(fields: [aId], references: [id])
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int @id
  bId Int
  b   B   @relation(fields: [bId], references: [id])
}
model B {
  id Int @id
  a  A?
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int @id
  bId Int @unique
  b   B   @relation(fields: [bId], references: [id])
}
model B {
  id Int @id
  a  A
}
$$);

-- fields and references: count, types, existence, uniqueness, optionality
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int    @id
  bId Int
  b   B      @relation(fields: [bId], references: [id, x])
}
model B {
  id Int    @id
  x  Int
  as A[]
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int    @id
  bId String
  b   B      @relation(fields: [bId], references: [id])
  cX  Int
  c   C      @relation(fields: [cX], references: [x])
  dId Int?
  d   D      @relation(fields: [dId], references: [id])
}
model B {
  id Int @id
  as A[]
}
model C {
  id Int @id
  x  Int
  as A[]
}
model D {
  id Int @id
  as A[]
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int @id
  bId Int
  b   B   @relation(fields: [nope], references: [nada])
}
model B {
  id Int @id
  as A[]
}
$$);

-- ambiguous relations need names; self relations need names
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id   Int @id
  b1Id Int
  b2Id Int
  b1   B   @relation(fields: [b1Id], references: [id])
  b2   B   @relation(fields: [b2Id], references: [id])
}
model B {
  id Int @id
  as A[]
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model U {
  id       Int  @id
  parentId Int?
  parent   U?   @relation(fields: [parentId], references: [id])
  children U[]
}
$$);

-- implicit m-n: no fields, no references, no actions, single-field ids only
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id   Int   @id
  bIds Int[]
  bs   B[]   @relation(fields: [bIds], references: [id])
}
model B {
  id Int @id
  as A[]
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bs B[] @relation(onDelete: Cascade)
}
model B {
  id Int @id
  as A[]
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bs B[]
}
model B {
  x  Int
  y  Int
  as A[]
  @@id([x, y])
}
$$);

-- referential actions
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int @id
  bId Int
  b   B   @relation(fields: [bId], references: [id], onDelete: Foo, onUpdate: "Cascade")
}
model B {
  id Int @id
  as A[] @relation(onDelete: Cascade)
}
$$);
SELECT prisma.validate($$
datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}
model A {
  id  Int @id
  bId Int
  b   B   @relation(fields: [bId], references: [id], onDelete: SetDefault)
  @@index([bId])
}
model B {
  id Int @id
  as A[]
}
$$);

-- @relation on a scalar field; a relation to an ignored model
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  x  Int @relation("x")
}
$$);
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int @id
  bId Int
  b   B   @relation(fields: [bId], references: [id])
}
model B {
  id Int @id
  as A[]
  @@ignore
}
$$);
