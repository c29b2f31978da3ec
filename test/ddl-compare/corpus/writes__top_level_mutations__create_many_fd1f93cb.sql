-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Test" (
    "id" INTEGER NOT NULL,
    "str" TEXT DEFAULT 'SOME_DEFAULT',

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);

