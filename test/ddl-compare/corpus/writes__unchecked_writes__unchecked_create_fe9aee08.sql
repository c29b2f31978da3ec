-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

