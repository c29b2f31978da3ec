-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "float" REAL NOT NULL,
    "dfloat" DOUBLE PRECISION NOT NULL,
    "decFloat" DECIMAL(2,1) NOT NULL,
    "money" MONEY NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

