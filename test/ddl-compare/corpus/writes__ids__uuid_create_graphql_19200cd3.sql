-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TableA" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "b" TEXT,

    CONSTRAINT "TableA_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TableA_b_key" ON "TableA"("b");

