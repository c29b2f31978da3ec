-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'B', 'C');

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "my_enum" "MyEnum",

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

