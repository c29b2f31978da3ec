-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "decimals" DECIMAL(65,30)[] DEFAULT ARRAY[]::DECIMAL(65,30)[],

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

