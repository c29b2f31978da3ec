-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "bool" BOOLEAN NOT NULL,
    "byteA" BYTEA NOT NULL,
    "xml" XML NOT NULL,
    "json" JSON NOT NULL,
    "jsonb" JSONB NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

