-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "name" TEXT NOT NULL,
    "age" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "child_ssn" TEXT NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("name","child_id","child_ssn")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "ssn" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Child_ssn_key" ON "Child"("ssn");

-- CreateIndex
CREATE UNIQUE INDEX "Child_id_ssn_key" ON "Child"("id", "ssn");

-- AddForeignKey
ALTER TABLE "Parent" ADD CONSTRAINT "Parent_child_id_child_ssn_fkey" FOREIGN KEY ("child_id", "child_ssn") REFERENCES "Child"("id", "ssn") ON DELETE RESTRICT ON UPDATE CASCADE;

