-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "objects";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "shapes";

-- CreateTable
CREATE TABLE "shapes"."Loop" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Loop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objects"."Fruit" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Fruit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objects"."_FruitToLoop" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_FruitToLoop_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_FruitToLoop_B_index" ON "objects"."_FruitToLoop"("B");

-- AddForeignKey
ALTER TABLE "objects"."_FruitToLoop" ADD CONSTRAINT "_FruitToLoop_A_fkey" FOREIGN KEY ("A") REFERENCES "objects"."Fruit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objects"."_FruitToLoop" ADD CONSTRAINT "_FruitToLoop_B_fkey" FOREIGN KEY ("B") REFERENCES "shapes"."Loop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

