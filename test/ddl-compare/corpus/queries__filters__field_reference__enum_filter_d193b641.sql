-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TestEnum" AS ENUM ('a', 'b', 'c');

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "enum" "TestEnum",
    "enum2" "TestEnum"[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

