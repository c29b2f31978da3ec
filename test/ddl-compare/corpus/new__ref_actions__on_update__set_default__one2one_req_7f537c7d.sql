-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,
    "uniq" TEXT NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "parent_uniq" TEXT NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_uniq_key" ON "Parent"("uniq");

-- CreateIndex
CREATE UNIQUE INDEX "Child_parent_uniq_key" ON "Child"("parent_uniq");

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_parent_uniq_fkey" FOREIGN KEY ("parent_uniq") REFERENCES "Parent"("uniq") ON DELETE RESTRICT ON UPDATE SET DEFAULT;

