-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "fieldA" TEXT NOT NULL,
    "fieldB" TEXT NOT NULL,
    "fieldC" TEXT NOT NULL,
    "fieldD" TEXT NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_fieldA_fieldB_fieldC_fieldD_key" ON "TestModel"("fieldA", "fieldB", "fieldC", "fieldD");

