-- relationMode = "prisma": no foreign keys; the referential actions are
-- emulated by the write program (Cascade, Restrict, SetNull); implicit m-n
-- rows stay, as in Prisma 7.
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.q(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ' ' || msg;
END $$;
SELECT length(prisma.db_push($psl$
datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}

model Parent {
  id       Int        @id
  name     String     @unique
  kids     Kid[]
  pets     Pet[]
  toys     Toy[]
  tags     Tag[]
}

model Kid {
  id       Int    @id
  parent   Parent @relation(fields: [parentId], references: [id], onDelete: Cascade, onUpdate: Cascade)
  parentId Int
  notes    Note[]

  @@index([parentId])
}

model Note {
  id    Int @id
  kid   Kid @relation(fields: [kidId], references: [id], onDelete: Cascade)
  kidId Int

  @@index([kidId])
}

model Pet {
  id       Int    @id
  parent   Parent @relation(fields: [parentName], references: [name], onDelete: Restrict, onUpdate: Restrict)
  parentName String

  @@index([parentName])
}

model Toy {
  id       Int     @id
  parent   Parent? @relation(fields: [parentId], references: [id], onDelete: SetNull, onUpdate: SetNull)
  parentId Int?

  @@index([parentId])
}

model Tag {
  id      Int      @id
  parents Parent[]
}
$psl$, accept_data_loss => true)) > 0 AS pushed;
SELECT count(*) AS foreign_keys FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace;

CREATE FUNCTION pg_temp.seed() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "Parent", "Kid", "Note", "Pet", "Toy", "Tag", "_ParentToTag";
  INSERT INTO "Parent" VALUES (1, 'one'), (2, 'two'), (3, 'three');
  INSERT INTO "Kid" VALUES (10, 1), (11, 1), (20, 2);
  INSERT INTO "Note" VALUES (100, 10), (101, 11), (200, 20);
  INSERT INTO "Pet" VALUES (30, 'three');
  INSERT INTO "Toy" VALUES (40, 1), (41, 2);
  INSERT INTO "Tag" VALUES (50), (51);
  INSERT INTO "_ParentToTag" VALUES (1, 50), (2, 50), (1, 51);
$$;
CREATE FUNCTION pg_temp.state() RETURNS text LANGUAGE sql AS $$
  SELECT format('kids %s, notes %s, pets %s, toys %s, parent-tag rows %s',
    (SELECT array_agg(id || ':' || "parentId" ORDER BY id) FROM "Kid"),
    (SELECT array_agg(id ORDER BY id) FROM "Note"),
    (SELECT array_agg(id || ':' || "parentName" ORDER BY id) FROM "Pet"),
    (SELECT array_agg(id || ':' || COALESCE("parentId"::text, 'null') ORDER BY id) FROM "Toy"),
    (SELECT array_agg("A" || '-' || "B" ORDER BY "A", "B") FROM "_ParentToTag")) $$;

-- delete: kids cascade (and their notes, recursively), toys let go; m-n
-- rows stay, as Prisma 7 leaves them
SELECT pg_temp.seed();
SELECT pg_temp.q('{"model":"Parent","action":"delete","args":{"where":{"id":1},"select":{"name":true}}}');
SELECT pg_temp.state();
-- Restrict: a pet refers to parent three
SELECT pg_temp.q('{"model":"Parent","action":"delete","args":{"where":{"id":3}}}');
SELECT pg_temp.state();
-- deleteMany and a nested deleteMany emulate the same way
SELECT pg_temp.seed();
SELECT pg_temp.q('{"model":"Parent","action":"deleteMany","args":{"where":{"id":{"in":[1,2]}}}}');
SELECT pg_temp.state();
SELECT pg_temp.seed();
SELECT pg_temp.q('{"model":"Parent","action":"update","args":{"where":{"id":1},"data":{"kids":{"delete":{"id":10}}},"select":{"kids":true}}}');
SELECT pg_temp.state();
-- deleteMany with limit: the rows it deletes, and only they, lose their
-- kids (and notes) and toys (Prisma 7 acts on those of every row the filter
-- matches, a deliberate difference)
SELECT pg_temp.seed();
SELECT pg_temp.q('{"model":"Parent","action":"deleteMany","args":{"where":{"id":{"in":[1,2]}},"limit":1}}');
SELECT pg_temp.state();
SELECT array_agg(id ORDER BY id) AS parents_left FROM "Parent";
-- ... and a limited deleteMany that meets Restrict changes nothing
SELECT pg_temp.q('{"model":"Parent","action":"deleteMany","args":{"where":{"id":{"gte":2}},"limit":5}}');
SELECT pg_temp.state();
-- updateMany with limit of a referenced field: the kids of the rows it
-- updates follow, the toys let go
SELECT pg_temp.seed();
SELECT pg_temp.q('{"model":"Parent","action":"updateManyAndReturn","args":{"where":{"id":{"in":[1,2]}},"data":{"id":9},"limit":1}}');
SELECT pg_temp.state();
-- update of a referenced field: kids follow (Cascade), toys let go (SetNull)
SELECT pg_temp.seed();
SELECT pg_temp.q('{"model":"Parent","action":"update","args":{"where":{"id":1},"data":{"id":7},"select":{"id":true,"kids":{"select":{"id":true}}}}}');
SELECT pg_temp.state();
-- ... but a pet keeps parent three's name (Restrict); the same value is no change
SELECT pg_temp.q('{"model":"Parent","action":"update","args":{"where":{"id":3},"data":{"name":"drei"}}}');
SELECT pg_temp.q('{"model":"Parent","action":"update","args":{"where":{"id":3},"data":{"name":"three"},"select":{"name":true}}}');
SELECT pg_temp.q('{"model":"Parent","action":"updateMany","args":{"data":{"name":"x"}}}');
SELECT pg_temp.state();
-- updateMany: the rows whose value changes are followed (Cascade), recursively
SELECT pg_temp.q('{"model":"Parent","action":"updateMany","args":{"where":{"id":{"in":[7,5]}},"data":{"id":8}}}');
SELECT pg_temp.state();
SELECT pg_temp.q('{"model":"Parent","action":"updateMany","args":{"where":{"id":8},"data":{"id":{"increment":1}}}}');
SELECT pg_temp.state();
SELECT array_agg(id ORDER BY id) AS parents FROM "Parent";
-- ... the kids of the rows an atomic operation changes get the same
-- operation, so they still refer to them
SELECT pg_temp.q('{"model":"Parent","action":"updateMany","args":{"where":{"id":{"gte":9}},"data":{"id":{"multiply":2}}}}');
SELECT pg_temp.state();
SELECT array_agg(id ORDER BY id) AS parents FROM "Parent";
-- ... and Restrict refuses an atomic operation on a referenced name's
-- rows as it refuses a new value (nothing changes)
SELECT pg_temp.q('{"model":"Pet","action":"findMany","args":{"select":{"parentName":true}}}');
SELECT pg_temp.q('{"model":"Parent","action":"updateMany","args":{"where":{"name":"three"},"data":{"id":{"increment":1},"name":"tres"}}}');
SELECT array_agg(id || ':' || name ORDER BY id) AS parents FROM "Parent";
