-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Zeta" AS ENUM ('Z1');

-- CreateEnum
CREATE TYPE "Alpha" AS ENUM ('A1', 'a-two');

-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL,
    "z" "Zeta" NOT NULL,
    "a" "Alpha" NOT NULL,

    CONSTRAINT "M_pkey" PRIMARY KEY ("id")
);

