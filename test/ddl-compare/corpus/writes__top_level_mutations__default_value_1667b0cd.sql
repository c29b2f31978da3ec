-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "reqString" TEXT DEFAULT 'default',

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

