-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "OrderTest" (
    "id" INTEGER NOT NULL,
    "uniqueField" INTEGER NOT NULL,
    "nonUniqFieldA" TEXT NOT NULL,
    "nonUniqFieldB" TEXT NOT NULL,

    CONSTRAINT "OrderTest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrderTest_uniqueField_key" ON "OrderTest"("uniqueField");

