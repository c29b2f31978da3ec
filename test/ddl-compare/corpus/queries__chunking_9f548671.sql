-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "b_id" INTEGER NOT NULL,
    "c_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "B"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_c_id_fkey" FOREIGN KEY ("c_id") REFERENCES "C"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

