-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "timestamp" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("timestamp")
);

