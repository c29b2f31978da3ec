-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" INTEGER NOT NULL,
    "field" DECIMAL(65,30) DEFAULT 1.00112233445566778899,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

