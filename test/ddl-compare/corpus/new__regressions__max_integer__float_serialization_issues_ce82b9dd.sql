-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Test" (
    "id" INTEGER NOT NULL,
    "float" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);

