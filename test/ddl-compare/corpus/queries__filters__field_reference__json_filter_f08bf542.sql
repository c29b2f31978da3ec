-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "json" JSONB,
    "json_list" JSONB[],
    "json_list2" JSONB[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

