-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" SERIAL NOT NULL,
    "b_id" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "B"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

