-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" INTEGER NOT NULL,
    "field" BYTEA DEFAULT '\x74657374',

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

