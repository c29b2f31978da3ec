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
    "json_list" JSONB[],
    "testId" INTEGER,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Child_testId_key" ON "Child"("testId");

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_testId_fkey" FOREIGN KEY ("testId") REFERENCES "TestModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

