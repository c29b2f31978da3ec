-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Test" (
    "id" INTEGER NOT NULL,
    "str1" TEXT,
    "str2" TEXT,
    "str3" TEXT DEFAULT 'SOME_DEFAULT',

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "str1" TEXT,
    "str2" TEXT,
    "str3" TEXT DEFAULT 'SOME_DEFAULT',
    "testId" INTEGER,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_testId_fkey" FOREIGN KEY ("testId") REFERENCES "Test"("id") ON DELETE SET NULL ON UPDATE CASCADE;

