-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "optInt" INTEGER,
    "optFloat" DOUBLE PRECISION,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

