-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "strings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ints" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "booleans" BOOLEAN[] DEFAULT ARRAY[]::BOOLEAN[],
    "enums" "MyEnum"[] DEFAULT ARRAY[]::"MyEnum"[],
    "dateTimes" TIMESTAMP(3)[] DEFAULT ARRAY[]::TIMESTAMP(3)[],
    "bytes" BYTEA[] DEFAULT ARRAY[]::BYTEA[],

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

