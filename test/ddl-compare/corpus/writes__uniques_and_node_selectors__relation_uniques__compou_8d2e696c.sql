-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,
    "p" TEXT NOT NULL,
    "child_id" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "c" TEXT NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_child_id_key" ON "Parent"("child_id");

-- CreateIndex
CREATE UNIQUE INDEX "Parent_child_id_p_key" ON "Parent"("child_id", "p");

-- CreateIndex
CREATE UNIQUE INDEX "Child_id_c_key" ON "Child"("id", "c");

-- AddForeignKey
ALTER TABLE "Parent" ADD CONSTRAINT "Parent_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

