-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelatedTestModel" (
    "id" INTEGER NOT NULL,
    "fieldA" TEXT NOT NULL,
    "fieldB" TEXT NOT NULL,
    "fieldC" TEXT NOT NULL,
    "fieldD" TEXT NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "RelatedTestModel_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "RelatedTestModel" ADD CONSTRAINT "RelatedTestModel_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "TestModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

