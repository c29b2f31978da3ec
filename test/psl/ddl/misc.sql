-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "U" (
    "id" INTEGER NOT NULL,
    "p" point[],
    "g" tsvector NOT NULL DEFAULT ''::tsvector,
    "c" CHAR(3) NOT NULL DEFAULT 'ab',
    "d" DECIMAL(65,30) NOT NULL DEFAULT 1000,
    "by" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "e" BYTEA NOT NULL DEFAULT '\x',
    "n" INTEGER NOT NULL DEFAULT -7,
    "i" INTEGER NOT NULL,
    "ts" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "U_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ign" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Ign_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "U_i_idx" ON "U" USING BRIN ("i");

-- CreateIndex
CREATE INDEX "ts_brin" ON "U" USING BRIN ("ts" timestamptz_minmax_ops);

-- CreateIndex
CREATE INDEX "n_bloom" ON "U" USING BRIN ("n" int4_bloom_ops);

-- CreateIndex
CREATE INDEX "i_mm" ON "U" USING BRIN ("i" int4_minmax_multi_ops);

-- CreateIndex
CREATE INDEX "U_g_idx" ON "U" USING GIN ("g");

