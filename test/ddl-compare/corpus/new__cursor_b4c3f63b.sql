-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" BIGINT NOT NULL,
    "counter" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

