-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "_id" INTEGER NOT NULL,
    "Field" TEXT NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_Field_key" ON "TestModel"("Field");

