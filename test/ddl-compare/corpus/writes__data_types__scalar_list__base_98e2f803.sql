-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "strings" TEXT[],
    "ints" INTEGER[],
    "floats" DOUBLE PRECISION[],
    "booleans" BOOLEAN[],
    "enums" "MyEnum"[],
    "dateTimes" TIMESTAMP(3)[],
    "bytes" BYTEA[],

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

