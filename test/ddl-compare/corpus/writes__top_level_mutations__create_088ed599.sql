-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" TEXT NOT NULL,
    "optString" TEXT,
    "optInt" INTEGER,
    "optFloat" DOUBLE PRECISION,
    "optBoolean" BOOLEAN,
    "optEnum" "MyEnum",
    "optDateTime" TIMESTAMP(3),
    "optUnique" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "relId" TEXT,

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelatedModel" (
    "id" TEXT NOT NULL,

    CONSTRAINT "RelatedModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScalarModel_optUnique_key" ON "ScalarModel"("optUnique");

-- AddForeignKey
ALTER TABLE "ScalarModel" ADD CONSTRAINT "ScalarModel_relId_fkey" FOREIGN KEY ("relId") REFERENCES "RelatedModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

