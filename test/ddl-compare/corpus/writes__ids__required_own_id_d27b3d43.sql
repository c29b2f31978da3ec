-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" TEXT NOT NULL,
    "optString" TEXT,

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

