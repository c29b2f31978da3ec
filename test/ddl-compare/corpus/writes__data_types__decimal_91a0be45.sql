-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

