-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "test" TEXT[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

