-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "string" TEXT,
    "string2" TEXT,
    "int" INTEGER,
    "int2" INTEGER,
    "bInt" BIGINT,
    "bInt2" BIGINT,
    "float" DOUBLE PRECISION,
    "float2" DOUBLE PRECISION,
    "bytes" BYTEA,
    "bytes2" BYTEA,
    "bool" BOOLEAN,
    "bool2" BOOLEAN,
    "dt" TIMESTAMP(3),
    "dt2" TIMESTAMP(3),

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

