-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "BytesId" (
    "id" BYTEA NOT NULL,

    CONSTRAINT "BytesId_pkey" PRIMARY KEY ("id")
);

