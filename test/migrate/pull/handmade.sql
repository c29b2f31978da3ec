-- A database made by hand, not by Prisma: names Prisma would not choose,
-- native types, defaults of every kind, keys and indexes under their own
-- names, and foreign keys with actions.
CREATE TYPE "order state" AS ENUM ('new', 'in-progress', 'done');
CREATE TABLE customer (
  customer_id   bigserial PRIMARY KEY,
  "e-mail"      varchar(200) NOT NULL,
  full_name     text,
  born          date,
  joined        timestamptz NOT NULL DEFAULT now(),
  score         numeric(8, 3) DEFAULT 0,
  ratio         real DEFAULT 0.5,
  active        boolean NOT NULL DEFAULT true,
  code          char(4),
  tags          text[] DEFAULT '{}',
  settings      jsonb DEFAULT '{"theme": "dark"}',
  raw           json,
  photo         bytea,
  ip            inet,
  token         uuid DEFAULT gen_random_uuid(),
  CONSTRAINT customer_email_unique UNIQUE ("e-mail")
);
CREATE INDEX customer_joined_desc ON customer (joined DESC);
CREATE INDEX customer_code_hash ON customer USING hash (code);
CREATE TABLE "order" (
  id          serial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customer ON DELETE CASCADE,
  state       "order state" NOT NULL DEFAULT 'in-progress',
  placed      timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  total       money,
  note        varchar,
  UNIQUE (customer_id, placed)
);
CREATE TABLE order_item (
  order_id integer NOT NULL,
  line     smallint NOT NULL,
  sku      text NOT NULL,
  qty      integer NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, line),
  CONSTRAINT order_item_order FOREIGN KEY (order_id) REFERENCES "order" (id) ON UPDATE RESTRICT
);
CREATE TABLE employee (
  id         integer PRIMARY KEY,
  manager_id integer REFERENCES employee (id) ON DELETE SET NULL,
  mentor_id  integer REFERENCES employee (id)
);
