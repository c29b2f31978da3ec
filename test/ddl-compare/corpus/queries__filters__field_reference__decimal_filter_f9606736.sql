-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "dec" DECIMAL(65,30),
    "dec2" DECIMAL(65,30),

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

