-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Test" (
    "id" INTEGER NOT NULL,
    "str1" TEXT NOT NULL,
    "str2" TEXT,
    "str3" TEXT DEFAULT 'SOME_DEFAULT',

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);

