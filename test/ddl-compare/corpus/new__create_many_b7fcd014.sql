-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

