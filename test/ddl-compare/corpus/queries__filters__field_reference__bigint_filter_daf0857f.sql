-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "string" TEXT,
    "string_list" TEXT[],
    "string_list2" TEXT[],
    "int" INTEGER,
    "int_list" INTEGER[],
    "int_list2" INTEGER[],
    "bInt" BIGINT,
    "bInt_list" BIGINT[],
    "bInt_list2" BIGINT[],
    "float" DOUBLE PRECISION,
    "float_list" DOUBLE PRECISION[],
    "float_list2" DOUBLE PRECISION[],
    "bytes" BYTEA,
    "bytes_list" BYTEA[],
    "bytes_list2" BYTEA[],
    "bool" BOOLEAN,
    "bool_list" BOOLEAN[],
    "bool_list2" BOOLEAN[],
    "dt" TIMESTAMP(3),
    "dt_list" TIMESTAMP(3)[],
    "dt_list2" TIMESTAMP(3)[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

