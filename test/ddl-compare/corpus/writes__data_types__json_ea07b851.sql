-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "field" JSONB DEFAULT '{}',

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

