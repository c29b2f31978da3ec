-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" INTEGER NOT NULL,
    "field" BIGINT DEFAULT 123456789012341234,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

