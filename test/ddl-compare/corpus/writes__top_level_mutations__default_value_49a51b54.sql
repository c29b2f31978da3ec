-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Names" AS ENUM ('Peter Parker', 'Clark Kent');

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "name" "Names" NOT NULL DEFAULT 'Peter Parker',
    "age" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_name_key" ON "User"("name");

