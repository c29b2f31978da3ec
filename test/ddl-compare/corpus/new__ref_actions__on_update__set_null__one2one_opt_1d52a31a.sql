-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,
    "uniq" INTEGER,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "childId" INTEGER NOT NULL,
    "childUniq" INTEGER,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("childId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_uniq_key" ON "Parent"("uniq");

-- CreateIndex
CREATE UNIQUE INDEX "Child_childUniq_key" ON "Child"("childUniq");

