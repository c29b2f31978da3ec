// A schema's life in 23 steps, for test/migrate/run.mjs: each step is the
// whole schema after one change that Prisma Migrate must turn into SQL.
const ds = (schemas) => `datasource db {
  provider = "postgresql"${schemas ? `\n  schemas  = ${JSON.stringify(schemas)}` : ''}
}
`
// the models of a step, with @@schema("public") added when schemas are used
const s = (models, schemas) => ds(schemas) + (schemas ? models.replace(/\n}/g, '\n  @@schema("public")\n}') : models)

const user = (extra = '') => `
model User {
  id     Int     @id @default(autoincrement())
  email  String${extra}
}`
const steps = []
const step = (name, schema) => steps.push({ name, schema })

step('init', s(user()))
step('add_model', s(user() + `
model Post {
  id    Int    @id @default(autoincrement())
  title String
}`))
step('optional_fields', s(user('\n  name   String?') + `
model Post {
  id    Int     @id @default(autoincrement())
  title String
  body  String?
}`))
step('required_with_default', s(user('\n  name   String?\n  active Boolean @default(true)') + `
model Post {
  id    Int     @id @default(autoincrement())
  title String
  body  String?
  views Int     @default(0)
}`))
const post = (fields, extra = '') => `
model Post {
  id    Int     @id @default(autoincrement())
  title String${fields}${extra}
}`
step('required_without_default', s(user('\n  name   String?\n  active Boolean @default(true)') +
  post('\n  body  String?\n  views Int     @default(0)\n  slug  String')))
step('change_type', s(user('\n  name   String?\n  active Boolean @default(true)') +
  post('\n  body  String?\n  views BigInt  @default(0)\n  slug  String')))
step('change_nullability', s(user('\n  name   String?\n  active Boolean @default(true)') +
  post('\n  body  String\n  views BigInt  @default(0)\n  slug  String')))
const u2 = user('\n  name   String?\n  active Boolean @default(false)')
step('change_default', s(u2 + post('\n  body  String\n  views BigInt  @default(1)\n  slug  String')))
step('add_unique', s(u2 + post('\n  body  String\n  views BigInt  @default(1)\n  slug  String  @unique')))
step('add_index', s(u2 + post('\n  body  String\n  views BigInt  @default(1)\n  slug  String  @unique', '\n\n  @@index([title])')))
const u3 = user('\n  name   String?\n  active Boolean @default(false)\n  posts  Post[]')
const p3 = '\n  body  String\n  views BigInt  @default(1)\n  slug  String  @unique\n  author   User? @relation(fields: [authorId], references: [id])\n  authorId Int?'
step('add_relation', s(u3 + post(p3, '\n\n  @@index([title])')))
const role = (values) => `

enum Role {
${values.map((v) => '  ' + v).join('\n')}
}`
const u4 = user('\n  name   String?\n  active Boolean @default(false)\n  posts  Post[]\n  role   Role    @default(USER)')
step('add_enum', s(u4 + post(p3, '\n\n  @@index([title])') + role(['USER', 'ADMIN'])))
step('enum_add_value', s(u4 + post(p3, '\n\n  @@index([title])') + role(['USER', 'ADMIN', 'EDITOR'])))
step('enum_remove_value', s(u4 + post(p3, '\n\n  @@index([title])') + role(['USER', 'EDITOR'])))
const u5 = user(' @map("email_address")\n  name   String?\n  active Boolean @default(false)\n  posts  Post[]\n  role   Role    @default(USER)')
step('map_renames', s(u5 + post(p3, '\n\n  @@index([title])\n  @@map("posts")') + role(['USER', 'EDITOR'])))
const tag = `
model Tag {
  name String
  kind String

  @@id([name, kind])
}`
step('composite_id', s(u5 + post(p3, '\n\n  @@index([title])\n  @@map("posts")') + role(['USER', 'EDITOR']) + tag))
const p6 = p3 + '\n  category   Category? @relation(fields: [categoryId], references: [id], onDelete: SetNull, onUpdate: NoAction)\n  categoryId Int?'
const category = (rel) => `
model Category {
  id    Int    @id @default(autoincrement())
  name  String
  posts Post[]${rel}
}`
step('relation_with_actions', s(u5 + post(p6, '\n\n  @@index([title])\n  @@map("posts")') + role(['USER', 'EDITOR']) + tag + category('')))
const p7 = p3 + '\n  categories Category[]'
step('one_to_many_to_many_to_many', s(u5 + post(p7, '\n\n  @@index([title])\n  @@map("posts")') + role(['USER', 'EDITOR']) + tag + category('')))
const p8 = '\n  body  String\n  views BigInt  @default(1)\n  slug  String\n  author   User? @relation(fields: [authorId], references: [id])\n  authorId Int?\n  categories Category[]'
step('drop_unique_and_index', s(u5 + post(p8, '\n\n  @@map("posts")') + role(['USER', 'EDITOR']) + tag + category('')))
const p9 = '\n  body  String\n  views BigInt  @default(1)\n  slug  String\n  categories Category[]'
const u9 = user(' @map("email_address")\n  name   String?\n  active Boolean @default(false)\n  role   Role    @default(USER)')
step('drop_relation', s(u9 + post(p9, '\n\n  @@map("posts")') + role(['USER', 'EDITOR']) + tag + category('')))
const audit = (action) => `
model AuditLog {
  id     Int    @id @default(autoincrement())
  userId Int
  user   User   @relation(fields: [userId], references: [id], onDelete: ${action})

  @@schema("audit")
}`
const u10 = user(' @map("email_address")\n  name   String?\n  active Boolean @default(false)\n  role   Role    @default(USER)\n  audit  AuditLog[]')
const multi = (models, action) => s(models, ['audit', 'public']) + audit(action)
step('add_schema', multi(u10 + post(p9, '\n\n  @@map("posts")') + role(['USER', 'EDITOR']) + tag + category(''), 'Cascade'))
step('change_referential_action', multi(u10 + post(p9, '\n\n  @@map("posts")') + role(['USER', 'EDITOR']) + tag + category(''), 'Restrict'))
step('drop_model', multi(u10 + post(p9, '\n\n  @@map("posts")') + role(['USER', 'EDITOR']) + category(''), 'Restrict'))

export default steps
