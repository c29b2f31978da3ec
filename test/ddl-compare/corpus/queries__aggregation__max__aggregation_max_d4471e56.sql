-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "int" INTEGER NOT NULL,
    "bInt" BIGINT NOT NULL,
    "float" DOUBLE PRECISION NOT NULL,
    "string" TEXT NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

