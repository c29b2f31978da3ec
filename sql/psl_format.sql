-- prisma.format: Prisma's own formatting, including the relation fields
-- `prisma format` adds.
SELECT prisma.format($$
datasource db {
provider = "postgresql"
}
model User {
id Int @id @default(autoincrement())
  email    String   @unique
  name String?   // the display name
posts Post[]
  @@map("users")
}
model Post {
  id Int @id
  authorId Int
  author User @relation(fields:[authorId],references:[id])
  @@index([authorId])
}
enum Role {
USER @map("user")
  ADMINISTRATOR
}
$$);

-- a missing back-relation field is added
SELECT prisma.format($$
datasource db {
  provider = "postgresql"
}
model User {
  id Int @id
}
model Post {
  id     Int  @id
  author User
}
$$);

-- unparsable lines are kept as they are
SELECT prisma.format($$
model A {
  id Int @id
  this is not a field {
}
$$);
