-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "json" JSONB,
    "json2" JSONB,
    "str" TEXT,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

