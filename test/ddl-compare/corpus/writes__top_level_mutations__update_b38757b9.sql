-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id1" DOUBLE PRECISION NOT NULL,
    "id2" INTEGER NOT NULL,
    "uniq" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id1","id2")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_uniq_key" ON "TestModel"("uniq");

