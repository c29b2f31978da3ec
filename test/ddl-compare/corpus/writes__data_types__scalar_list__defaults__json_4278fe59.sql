-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "jsons" JSONB[] DEFAULT ARRAY[]::JSONB[],

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

