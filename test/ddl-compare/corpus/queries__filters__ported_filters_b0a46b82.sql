-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "ModelA" (
    "id" TEXT NOT NULL,
    "idTest" TEXT,
    "optString" TEXT,
    "optInt" INTEGER,
    "optFloat" DOUBLE PRECISION,
    "optBoolean" BOOLEAN,
    "optDateTime" TIMESTAMP(3),
    "optEnum" "Enum",
    "b_id" TEXT,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" TEXT NOT NULL,
    "int" INTEGER,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelB_int_key" ON "ModelB"("int");

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "ModelB"("id") ON DELETE SET NULL ON UPDATE CASCADE;

