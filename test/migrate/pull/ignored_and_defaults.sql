-- Tables without a usable identifier (@@ignore, and @ignore on relation
-- fields to them), literal defaults of Bytes and lists, a compound foreign
-- key of mixed requiredness.
CREATE TABLE loose (x int, y int UNIQUE, b bytea DEFAULT '\x74657374');
CREATE TABLE keyed (id int PRIMARY KEY, y int REFERENCES loose (y),
  tags text[] DEFAULT ARRAY['a''b', 'c'], nums float8[] DEFAULT ARRAY[1.5, -2],
  blobs bytea[] DEFAULT ARRAY['\x74'::bytea], stamps timestamp(3)[] DEFAULT ARRAY[]::timestamp(3)[],
  jsons jsonb[] DEFAULT ARRAY['{"a": [1]}'::jsonb], expr int DEFAULT (1 + 2));
CREATE TABLE pair (a int, b int NOT NULL, PRIMARY KEY (b), UNIQUE (a, b));
CREATE TABLE ref (id int PRIMARY KEY, pa int, pb int NOT NULL,
  FOREIGN KEY (pa, pb) REFERENCES pair (a, b) ON DELETE RESTRICT);
CREATE TABLE "no key" (v text NOT NULL, w text, UNIQUE (w));
