-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "schema1";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "schema2";

-- CreateTable
CREATE TABLE "schema1"."TestModel" (
    "id" INTEGER NOT NULL,
    "field" TEXT,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schema2"."TestModel2" (
    "id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,

    CONSTRAINT "TestModel2_pkey" PRIMARY KEY ("id")
);

