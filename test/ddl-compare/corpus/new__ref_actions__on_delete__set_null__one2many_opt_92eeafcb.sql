-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Main" (
    "id" INTEGER NOT NULL,
    "aliceId" INTEGER,

    CONSTRAINT "Main_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alice" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Alice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bob" (
    "id" INTEGER NOT NULL,
    "mainId" INTEGER NOT NULL,

    CONSTRAINT "Bob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bob_mainId_key" ON "Bob"("mainId");

