-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Service" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "int" INTEGER DEFAULT 1,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

