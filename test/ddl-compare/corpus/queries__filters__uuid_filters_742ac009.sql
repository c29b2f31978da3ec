-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Cat" (
    "id" UUID NOT NULL,

    CONSTRAINT "Cat_pkey" PRIMARY KEY ("id")
);

