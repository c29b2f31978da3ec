-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "IsActive" AS ENUM ('Yes', 'No');

-- CreateTable
CREATE TABLE "Service" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" TEXT,
    "active" "IsActive" DEFAULT 'Yes',

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

