-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "json" JSONB NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

