-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ZChild" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "test" TEXT,
    "parentId" TEXT,

    CONSTRAINT "ZChild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Parent" (
    "id" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ZChild_name_key" ON "ZChild"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Parent_name_key" ON "Parent"("name");

-- AddForeignKey
ALTER TABLE "ZChild" ADD CONSTRAINT "ZChild_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

