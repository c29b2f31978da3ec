-- AlterTable
ALTER TABLE "Z" ADD COLUMN     "nId" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "N" (
    "id" INTEGER NOT NULL,
    "x" INTEGER NOT NULL,
    "uId" INTEGER NOT NULL,

    CONSTRAINT "N_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL,
    "q" INTEGER NOT NULL,

    CONSTRAINT "M_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "N_x_key" ON "N"("x");

-- CreateIndex
CREATE UNIQUE INDEX "M_q_key" ON "M"("q");

-- CreateIndex
CREATE UNIQUE INDEX "U_a_key" ON "U"("a");

-- CreateIndex
CREATE UNIQUE INDEX "Z_z_key" ON "Z"("z");

-- AddForeignKey
ALTER TABLE "N" ADD CONSTRAINT "N_uId_fkey" FOREIGN KEY ("uId") REFERENCES "U"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Z" ADD CONSTRAINT "Z_nId_fkey" FOREIGN KEY ("nId") REFERENCES "N"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

