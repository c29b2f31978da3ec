-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "b_id" INTEGER,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "c_id" INTEGER,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "D" (
    "id" INTEGER NOT NULL,
    "c_id" INTEGER,

    CONSTRAINT "D_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "B"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "B" ADD CONSTRAINT "B_c_id_fkey" FOREIGN KEY ("c_id") REFERENCES "C"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "D" ADD CONSTRAINT "D_c_id_fkey" FOREIGN KEY ("c_id") REFERENCES "C"("id") ON DELETE SET NULL ON UPDATE CASCADE;

