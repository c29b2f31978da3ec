-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "b" TEXT,
    "key" TEXT NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "A_b_key" ON "A"("b");

-- CreateIndex
CREATE UNIQUE INDEX "A_key_key" ON "A"("key");

