-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "optString" TEXT,
    "optInt" INTEGER,
    "optFloat" DOUBLE PRECISION,
    "optBoolean" BOOLEAN,
    "optDateTime" TIMESTAMP(3),

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

