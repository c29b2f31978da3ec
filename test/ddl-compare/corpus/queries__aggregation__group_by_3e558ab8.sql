-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "float" DOUBLE PRECISION NOT NULL,
    "int" INTEGER NOT NULL,
    "string" TEXT NOT NULL,
    "b_id" INTEGER,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "field" TEXT NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "B"("id") ON DELETE SET NULL ON UPDATE CASCADE;

