-- @default: literals of every type, functions, lists, enums.
\set VERBOSITY default

-- every valid default kind
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
enum Color {
  RED
  GREEN
}
model A {
  id     Int        @id @default(autoincrement())
  big    BigInt     @default(9007199254740993)
  s      String     @default("it's \"quoted\"")
  u4     String     @default(uuid())
  u7     String     @default(uuid(7))
  c1     String     @default(cuid())
  c2     String     @default(cuid(2))
  n      String     @default(nanoid(10))
  l      String     @default(ulid())
  f      Float      @default(1)
  d      Decimal    @default("12.50")
  b      Boolean    @default(true)
  t      DateTime   @default(now())
  t2     DateTime   @default("2024-05-01T10:00:00.000Z")
  j      Json       @default("{\"a\": [1, 2]}")
  by     Bytes      @default("aGVsbG8=")
  e      Color      @default(GREEN)
  tags   String[]   @default(["a", "b"])
  colors Color[]    @default([RED])
  g      String     @default(dbgenerated("gen_random_uuid()::text"))
  x      Unsupported("circle")? @default(dbgenerated("'<(1,1),1>'::circle"))
}
$$);

-- literal types that do not match the field
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
enum Color {
  RED
}
model A {
  id Int      @id
  a  Int      @default("x")
  b  String   @default(1)
  c  Boolean  @default("true")
  d  Boolean  @default(yes)
  e  DateTime @default(1)
  f  Json     @default(1)
  g  Bytes    @default(1)
  h  BigInt   @default("1")
  i  Color    @default("RED")
  j  Color    @default(BLUE)
  k  Int[]    @default(1)
  l  Int      @default([1])
  m  Int[]    @default(["x"])
  n  Int      @default(1, 2)
  o  Int      @default()
}
$$);

-- literals that do not parse (checked once the rest is valid)
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int      @id
  a  Int      @default(1.5)
  b  DateTime @default("yesterday")
  c  Decimal  @default("abc")
  d  Bytes    @default("!!!")
  e  String   @default(foo())
}
$$);

-- functions on the wrong types or with wrong arguments
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int      @id
  a  String   @default(autoincrement())
  b  DateTime @default(now(1))
  c  Int      @default(uuid())
  d  String   @default(uuid(5))
  e  String   @default(cuid(3))
  f  String   @default(nanoid(1))
  g  String   @default(nanoid("x"))
  h  Int      @default(ulid())
  i  String   @default(dbgenerated(""))
  j  String   @default(dbgenerated(1))
  k  String   @default(auto())
  l  Int      @default(autoincrement(1))
  m  String   @default(now())
}
$$);

-- Unsupported types take only dbgenerated; relation fields take none
SELECT prisma.validate($$
datasource db {
  provider = "postgresql"
}
model A {
  id  Int                  @id
  x   Unsupported("point") @default(1)
  bId Int
  b   B                    @relation(fields: [bId], references: [id]) @default(1)
}
model B {
  id Int @id
  as A[]
}
$$);
