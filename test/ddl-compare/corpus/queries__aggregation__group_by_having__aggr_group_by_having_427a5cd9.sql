-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "int" INTEGER,
    "bInt" BIGINT,
    "float" DOUBLE PRECISION,
    "string" TEXT,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

