-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("_id")
);

