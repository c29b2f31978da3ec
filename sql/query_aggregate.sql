-- count, aggregate and groupBy (issue 9): one statement over the rows a
-- read finds, with Prisma's result types, and Prisma's validation errors.
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.q(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text;
BEGIN
  RETURN prisma.query(doc)::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ' ' || msg;
END $$;
BEGIN;
SELECT prisma.db_push($$
datasource db {
  provider = "postgresql"
}
enum Tier {
  FREE
  PRO  @map("pro")
}
model Item {
  id     Int      @id
  qty    Int
  stock  Int?
  big    BigInt?
  price  Float?
  cost   Decimal?
  ok     Boolean
  tier   Tier
  at     DateTime
  name   String?
  tags   String[]
  parts  Part[]
}
model Part {
  id     Int  @id
  item   Item @relation(fields: [itemId], references: [id])
  itemId Int
}
$$, accept_data_loss => true) IS NOT NULL AS pushed;
INSERT INTO "Item" VALUES
  (1, 3, 10, 9223372036854775807, 2.5, 10.125, true, 'FREE', '2024-01-01', 'a', '{x}'),
  (2, 7, NULL, 9223372036854775807, 0.5, 0.2, false, 'pro', '2024-02-01', NULL, '{}'),
  (3, 1, 4, -5, NULL, 1000000.5, true, 'pro', '2024-03-01', 'c', NULL);
INSERT INTO "Part" VALUES (1, 1), (2, 1), (3, 3);

-- count: a number; with select, the counts of the fields (nulls not counted)
SELECT pg_temp.q('{"model":"Item","action":"count"}');
SELECT pg_temp.q('{"model":"Item","action":"count","args":{"where":{"parts":{"some":{}}}}}');
SELECT pg_temp.q('{"model":"Item","action":"count","args":{"select":{"stock":true,"_all":true,"name":true,"tags":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"count","args":{"orderBy":{"id":"desc"},"take":2,"skip":1}}');
SELECT pg_temp.q('{"model":"Item","action":"count","args":{"cursor":{"id":2}}}');
-- aggregate: keys in the order written; _avg of Ints is a Float, of a
-- Decimal a Decimal; a BigInt _sum past 64 bits stays exact
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_sum":{"qty":true,"big":true,"cost":true,"price":true},"_count":true,"_avg":{"qty":true,"cost":true,"big":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_min":{"qty":true,"tier":true,"at":true,"name":true,"cost":true},"_max":{"qty":true,"tier":true,"at":true,"name":true,"big":true}}}');
-- booleans: false < true (Prisma 7 sends min(boolean), which PostgreSQL
-- does not have, and fails with P2039: a deliberate difference)
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_min":{"ok":true},"_max":{"ok":true}}}');
-- over no rows: counts 0, the rest null
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"where":{"qty":{"gt":100}},"_count":{"_all":true,"qty":true},"_avg":{"qty":true},"_sum":{"big":true},"_min":{"at":true}}}');
-- pagination: the aggregates cover the page
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"orderBy":{"qty":"desc"},"take":2,"_sum":{"qty":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"take":-1,"_sum":{"qty":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"cursor":{"id":2},"orderBy":{"id":"asc"},"_sum":{"qty":true}}}');
-- one statement, every value a parameter
SELECT split_part(prisma.explain('{"model":"Item","action":"aggregate","args":{"where":{"qty":{"gt":2}},"_sum":{"qty":true}}}'), E'\n', 1);

-- groupBy: aggregates then by fields (Prisma's key order), groups ordered
-- by fields or aggregates, paginated, filtered by having
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["ok"],"orderBy":{"ok":"asc"},"_count":true,"_sum":{"qty":true},"_avg":{"cost":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier","ok"],"orderBy":[{"_count":{"id":"desc"}},{"tier":"asc"},{"ok":"asc"}],"_count":{"id":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":"tier","orderBy":{"tier":"asc"},"take":1,"skip":1,"_max":{"at":true}}}');
-- a negative take answers the last groups in reverse order, as Prisma 7 does
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["qty"],"orderBy":{"qty":"asc"},"take":-2}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"orderBy":{"tier":"asc"},"having":{"qty":{"_sum":{"gt":5}},"tier":{"not":"FREE"}},"_sum":{"qty":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"orderBy":{"tier":"asc"},"having":{"OR":[{"name":{"_min":{"equals":"a"}}},{"ok":{"_max":{"equals":false}}}]}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["name"],"where":{"parts":{"some":{}}},"orderBy":{"name":{"sort":"desc","nulls":"last"}},"_count":{"_all":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"where":{"qty":{"gt":100}}}}');
SELECT split_part(prisma.explain('{"model":"Item","action":"groupBy","args":{"by":["tier"],"having":{"qty":{"_avg":{"gt":2}}},"orderBy":{"tier":"asc"},"skip":1,"_count":true}}'), E'\n', 1);

-- errors
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"_count":true}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":[]}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["parts"]}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"orderBy":{"qty":"asc"}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"having":{"qty":{"gt":1}}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"having":{"qty":{"_count":2}}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"having":{"name":{"_sum":{"gt":1}}}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"orderBy":{"_avg":{"name":"asc"}}}}');
SELECT pg_temp.q('{"model":"Item","action":"groupBy","args":{"by":["tier"],"cursor":{"id":1}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_count":false}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_sum":{"qty":false}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_avg":{"name":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_min":{"tags":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_sum":{"qtty":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_avg":{"qty":"yes"}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"_avg":[]}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"select":{"qty":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"aggregate","args":{"cursor":{"id":2},"orderBy":{"qty":"asc"},"_count":true}}');
SELECT pg_temp.q('{"model":"Item","action":"count","args":{"distinct":["qty"]}}');
SELECT pg_temp.q('{"model":"Item","action":"count","args":{"select":{"parts":true}}}');
SELECT pg_temp.q('{"model":"Item","action":"count","args":{"take":"2"}}');
ROLLBACK;
