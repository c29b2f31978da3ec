-- The schema-language parser: every construct reads, every syntax error is
-- reported (all of them, with line:column), and bad input never crashes.
\set VERBOSITY default

-- every block kind, comments and doc comments, Unsupported, lists
SELECT prisma.validate($$
// a comment
/// a doc comment on the generator
generator client {
  provider        = "prisma-client"
  previewFeatures = ["relationJoins", "views"]
}

datasource db {
  provider     = "postgresql"
  relationMode = "foreignKeys"
}

/// Roles a user can have
enum Role {
  USER  @map("user")
  ADMIN // the boss
  @@map("role")
}

model User {
  id       Int                      @id @default(autoincrement())
  /// the login
  email    String                   @unique
  name     String?
  tags     String[]
  location Unsupported("point")?
  role     Role                     @default(USER)
}

view ActiveUser {
  id    Int    @unique
  email String
}
$$);

-- a model on one line is not a block
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A { id Int @id }
$$);

-- a missing closing brace: every line of the block is reported
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
$$);

-- lines Prisma cannot read, all reported at once
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
foo bar
model A {
  id Int @id
  name String @default("abc
  age Int @default(1) 123
  @@
  xs Int?[]
}
enum E {
  A Int
}
$$);

-- legacy syntax gets Prisma's dedicated messages
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id: Int @id
  a String!
  b [Int]
  c Int[]?
  d
}
type X = Int
$$);

-- an unknown block keyword
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model {
  id Int @id
}
$$);

-- composite types do not exist on PostgreSQL
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
type Address {
  street String
}
model A {
  id Int @id
}
$$);

-- a schema must have a datasource to be pushed
SELECT prisma.validate($$
model A {
  id Int @id
}
$$);

-- deeply nested input is an error, not a crash
SELECT prisma.validate('datasource db {
  provider = "postgresql"
}
model A {
  id Int @id @default(' || repeat('[', 40) || ')
}');

-- input over prisma.max_schema_bytes is refused before parsing
SET prisma.max_schema_bytes = 1024;
SELECT prisma.validate(repeat('// filler
', 200));
RESET prisma.max_schema_bytes;

-- garbage bytes and an empty string
SELECT prisma.validate(E'\x01\x02 {{{ ]]] "unterminated');
SELECT prisma.validate('');
