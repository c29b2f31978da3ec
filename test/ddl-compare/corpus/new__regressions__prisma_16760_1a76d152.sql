-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "list" TEXT[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

