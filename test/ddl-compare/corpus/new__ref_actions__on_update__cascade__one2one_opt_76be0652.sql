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
    "id" INTEGER NOT NULL,
    "parentUniq" INTEGER,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child2" (
    "id" INTEGER NOT NULL,
    "childUniq" INTEGER,

    CONSTRAINT "Child2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_uniq_key" ON "Parent"("uniq");

-- CreateIndex
CREATE UNIQUE INDEX "Child_parentUniq_key" ON "Child"("parentUniq");

-- CreateIndex
CREATE UNIQUE INDEX "Child2_childUniq_key" ON "Child2"("childUniq");

