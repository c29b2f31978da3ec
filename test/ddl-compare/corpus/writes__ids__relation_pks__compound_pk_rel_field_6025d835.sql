-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "name" TEXT NOT NULL,
    "age" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("name","child_id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_child_id_key" ON "Parent"("child_id");

-- AddForeignKey
ALTER TABLE "Parent" ADD CONSTRAINT "Parent_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

