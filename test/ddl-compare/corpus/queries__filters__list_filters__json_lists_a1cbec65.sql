-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "json" JSONB[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

