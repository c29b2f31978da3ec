-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'ABCD');

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "optEnum" "MyEnum",

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

