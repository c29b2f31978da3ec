-- The JSON builders of compiled reads (src/query_json.c): prisma._json_agg
-- and prisma._json_object write what json_agg and json_build_object write,
-- byte for byte; and the result of a findMany, put together row by row,
-- is what json_agg of its rows would be.
\set VERBOSITY default
SET client_min_messages = warning;
\set ON_ERROR_ROLLBACK on
BEGIN;

-- _json_object: key/json pairs as json_build_object writes them
SELECT prisma._json_object('a', '1'::json, 'b "quoted"\', '{"x" : [1, 2]}'::json, 'c', NULL::json)::text
     = json_build_object('a', '1'::json, 'b "quoted"\', '{"x" : [1, 2]}'::json, 'c', NULL::json)::text AS same_as_build_object;
SELECT prisma._json_object('a', '1'::json, 'b "quoted"\', '{"x" : [1, 2]}'::json, 'c', NULL::json);
-- a NULL key splices the members of an object; an empty object adds none
SELECT prisma._json_object(NULL::text, json_build_object('id', 1, 'name', 'n'), 'posts', '[]'::json,
                           NULL::text, '{}'::json, NULL::text, json_build_object('z', true));
SELECT prisma._json_object(NULL::text, '{}'::json);
SELECT prisma._json_object(NULL::text, '{ "a" : 1 }'::json, NULL::text, NULL::json);
-- a Json value keeps its own spacing, as in json_build_object
SELECT prisma._json_object(NULL::text, json_build_object('j', '{"a":1}  '::json), 'r', '[]'::json)::text
     = json_build_object('j', '{"a":1}  '::json, 'r', '[]'::json)::text AS json_value_spacing_kept;
SELECT prisma._json_object(NULL::text, '  {"a" : 1}'::json);
-- misuse is an error
SELECT prisma._json_object('a');
SELECT prisma._json_object('a', 1);
SELECT prisma._json_object(NULL::text, '[1]'::json);

-- _json_agg: json_agg of json values, NULLs as null, no rows as NULL
SELECT prisma._json_agg(v)::text = json_agg(v)::text AS same_as_json_agg,
       prisma._json_agg(v) AS agg
FROM (VALUES ('{"a" : 1}'::json), (NULL), ('"s"'), ('[1, {"b" : null}]')) x(v);
SELECT prisma._json_agg(v) IS NULL AS no_rows FROM (SELECT '1'::json WHERE false) x(v);
SELECT prisma._json_agg(v ORDER BY o DESC) FROM (VALUES ('1'::json, 1), ('2', 2)) x(v, o);
-- large values: the same bytes as json_agg (copied in slices)
SELECT md5(prisma._json_agg(v)::text) = md5(json_agg(v)::text) AS large_same,
       length(prisma._json_agg(v)::text) AS len
FROM (SELECT json_build_object('s', repeat('x', 3000000 + g)) FROM generate_series(1, 3) g) x(v);
SELECT md5(prisma._json_object('big', v, NULL::text, json_build_object('k', 1))::text)
     = md5(json_build_object('big', v, 'k', 1)::text) AS large_object_same
FROM (SELECT json_agg(repeat('y', 5000)) FROM generate_series(1, 1000)) x(v);

-- findMany: the rows are the array's elements, as json_agg of them
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
model Author {
  id    Int    @id
  name  String
  books Book[]
  bio   Bio?
}
model Book {
  id       Int    @id
  title    String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])
}
model Bio {
  id       Int    @id
  text     String
  authorId Int    @unique
  author   Author @relation(fields: [authorId], references: [id])
}
$$) IS NOT NULL AS pushed;
INSERT INTO "Author" VALUES (1, 'Ann'), (2, 'Bob "B"'), (3, 'Cy');
INSERT INTO "Book" VALUES (1, 'One', 1), (2, 'Two', 1), (3, 'Three', 2);
INSERT INTO "Bio" VALUES (1, 'about Ann', 1);
-- relations between scalars keep the selection's key order
SELECT prisma.query('{"model":"Author","action":"findMany","args":{"orderBy":{"id":"asc"},"select":{"books":{"select":{"title":true}},"name":true,"bio":true,"id":true,"_count":{"select":{"books":true}}}}}');
SELECT prisma.query('{"model":"Author","action":"findMany","args":{"include":{"books":{"orderBy":{"id":"desc"},"include":{"author":true}},"bio":true},"orderBy":{"id":"desc"}}}');
SELECT prisma.query('{"model":"Author","action":"findMany","args":{"where":{"id":99}}}');
SELECT prisma.query('{"model":"Author","action":"findMany","args":{"take":-2,"orderBy":{"id":"asc"},"select":{"id":true}}}');
SELECT prisma.query('{"model":"Author","action":"findFirst","args":{"where":{"id":{"gt":1}},"include":{"books":true}}}');
SELECT prisma.query('{"model":"Author","action":"findUnique","args":{"where":{"id":99}}}');
-- the same text as json_agg over the statement's rows
SELECT prisma.query('{"model":"Author","action":"findMany","args":{"include":{"books":true,"bio":true},"orderBy":{"id":"asc"}}}')::text
     = (SELECT json_agg(v)::text FROM (
          SELECT json_build_object('id', a.id, 'name', a.name,
                   'books', COALESCE((SELECT json_agg(json_build_object('id', b.id, 'title', b.title, 'authorId', b."authorId"))
                                      FROM "Book" b WHERE b."authorId" = a.id), '[]'::json),
                   'bio', (SELECT json_build_object('id', o.id, 'text', o.text, 'authorId', o."authorId")
                           FROM "Bio" o WHERE o."authorId" = a.id)) AS v
          FROM "Author" a ORDER BY a.id) x) AS same_as_json_agg_text;
ROLLBACK;
