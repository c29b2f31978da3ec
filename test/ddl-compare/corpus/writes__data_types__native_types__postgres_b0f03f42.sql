-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "char" CHAR(10) NOT NULL,
    "vChar" VARCHAR(11) NOT NULL,
    "text" TEXT NOT NULL,
    "bit" BIT(4) NOT NULL,
    "vBit" VARBIT(5) NOT NULL,
    "uuid" UUID NOT NULL,
    "ip" INET NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

