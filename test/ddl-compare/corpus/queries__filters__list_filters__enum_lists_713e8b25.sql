-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TestEnum" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "enum" "TestEnum"[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

