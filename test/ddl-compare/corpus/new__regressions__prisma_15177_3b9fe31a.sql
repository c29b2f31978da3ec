-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Customer" (
    "user id" INTEGER NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("user id")
);

