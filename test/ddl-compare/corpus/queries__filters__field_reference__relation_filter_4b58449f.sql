-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "string1" TEXT NOT NULL,
    "string2" TEXT NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ChildToTestModel" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ChildToTestModel_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_ChildToTestModel_B_index" ON "_ChildToTestModel"("B");

-- AddForeignKey
ALTER TABLE "_ChildToTestModel" ADD CONSTRAINT "_ChildToTestModel_A_fkey" FOREIGN KEY ("A") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChildToTestModel" ADD CONSTRAINT "_ChildToTestModel_B_fkey" FOREIGN KEY ("B") REFERENCES "TestModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

