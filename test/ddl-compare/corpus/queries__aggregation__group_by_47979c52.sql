-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Color" AS ENUM ('blue', 'red', 'green');

-- CreateTable
CREATE TABLE "Test" (
    "id" INTEGER NOT NULL,
    "group" INTEGER NOT NULL,
    "color" "Color" NOT NULL,

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);

