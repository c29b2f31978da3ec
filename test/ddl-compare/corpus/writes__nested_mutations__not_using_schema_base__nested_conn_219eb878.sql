-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" TEXT NOT NULL,
    "fieldA" TEXT,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" TEXT NOT NULL,
    "fieldB" TEXT NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_A2B" (
    "a_id" TEXT NOT NULL,
    "b_id" TEXT NOT NULL,
    "fieldAB" INTEGER NOT NULL,

    CONSTRAINT "_A2B_pkey" PRIMARY KEY ("a_id","b_id")
);

-- CreateIndex
CREATE INDEX "fk_b" ON "_A2B"("b_id");

-- AddForeignKey
ALTER TABLE "_A2B" ADD CONSTRAINT "_A2B_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_A2B" ADD CONSTRAINT "_A2B_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "B"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

