-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,
    "name" TEXT,
    "uniq_1" TEXT,
    "uniq_2" TEXT,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "name" TEXT,
    "parent_uniq_1" TEXT,
    "parent_uniq_2" TEXT,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_uniq_1_uniq_2_key" ON "Parent"("uniq_1", "uniq_2");

-- CreateIndex
CREATE UNIQUE INDEX "Child_parent_uniq_1_parent_uniq_2_key" ON "Child"("parent_uniq_1", "parent_uniq_2");

