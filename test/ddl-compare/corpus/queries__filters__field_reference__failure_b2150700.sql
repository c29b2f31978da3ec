-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "str" TEXT NOT NULL,
    "str_list" TEXT[],

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "str" TEXT NOT NULL,
    "str_list" TEXT[],
    "testId" INTEGER NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_testId_fkey" FOREIGN KEY ("testId") REFERENCES "TestModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

