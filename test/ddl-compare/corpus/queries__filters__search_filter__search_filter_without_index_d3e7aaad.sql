-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "fieldA" TEXT NOT NULL,
    "fieldB" TEXT NOT NULL,
    "fieldC" TEXT,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

