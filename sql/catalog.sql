-- The catalog: the active schema in plain tables, dumped by pg_dump, and
-- the per-backend cache that follows it.
\set VERBOSITY default
BEGIN;
SELECT prisma.schema() IS NULL AS no_schema_yet;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
/// what a user may do
enum Role {
  USER
  ADMIN @map("admin")
}
model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique @db.VarChar(200)
  role    Role     @default(USER)
  first   String   @map("first_name")
  last    String
  posts   Post[]
  tags    Tag[]

  @@unique([first, last], name: "fullName")
  @@map("users")
}
model Post {
  id       String @id @default(cuid())
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId(sort: Desc)], map: "post_author")
}
model Tag {
  id    Int    @id
  users User[]
}
$$) IS NOT NULL AS pushed;

SELECT length(source) > 0 AS has_source, length(checksum) AS checksum_length,
       checksum = encode(sha256(convert_to(source, 'UTF8')), 'hex') AS checksum_ok,
       applied_at <= now() AS applied
FROM prisma.active_schema;
SELECT model_name, position, db_schema, db_name, is_view, ignored, primary_key FROM prisma.models ORDER BY position;
SELECT model_name, field_name, position, kind, type_name, arity, db_name, native_type,
       default_kind, default_value, is_id, is_unique, relation_name
FROM prisma.fields ORDER BY model_name, position;
SELECT * FROM prisma.enums;
SELECT * FROM prisma.enum_values ORDER BY enum_name, position;
SELECT relation_name, kind, model_a, field_a, model_b, field_b, fk_columns, referenced_columns,
       on_delete, on_update, constraint_name, join_schema, join_table
FROM prisma.relations ORDER BY relation_id;
SELECT model_name, index_name, client_name, kind, fields, columns, sort_orders, algorithm
FROM prisma.indexes ORDER BY model_name, position;

-- pg_dump includes the catalog tables' contents
SELECT c.relname FROM pg_extension e, unnest(e.extconfig) AS t(oid)
JOIN pg_class c ON c.oid = t.oid WHERE e.extname = 'prisma_ext' ORDER BY 1;

-- every function documents itself
SELECT p.proname, obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
FROM pg_proc p WHERE p.pronamespace = 'prisma'::regnamespace ORDER BY 1;
ROLLBACK;
SELECT prisma.schema() IS NULL AS rolled_back;

-- the parsed schema is cached per backend and reloaded after a change
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
}
$$) IS NOT NULL AS pushed;
CREATE TEMP TABLE s0 AS SELECT * FROM prisma.schema_cache_stats();
SELECT models FROM prisma.schema_cache_stats();
SELECT s.loads - s0.loads AS new_loads, s.hits - s0.hits AS new_hits, s.models
FROM prisma.schema_cache_stats() s, s0;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
}
model B {
  id Int @id
}
$$) IS NOT NULL AS pushed;
SELECT s.loads - s0.loads AS new_loads, s.models FROM prisma.schema_cache_stats() s, s0;
ROLLBACK;
