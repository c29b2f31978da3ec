-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "json" JSON NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

