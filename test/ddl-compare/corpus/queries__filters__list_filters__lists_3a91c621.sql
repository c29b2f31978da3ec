-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "string" TEXT[],
    "int" INTEGER[],
    "bInt" BIGINT[],
    "float" DOUBLE PRECISION[],
    "bytes" BYTEA[],
    "bool" BOOLEAN[],
    "dt" TIMESTAMP(3)[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

