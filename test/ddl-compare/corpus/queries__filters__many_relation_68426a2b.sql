-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Top" (
    "id" INTEGER NOT NULL,
    "middleId" INTEGER,

    CONSTRAINT "Top_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Middle" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Middle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bottom" (
    "id" INTEGER NOT NULL,
    "middleId" INTEGER,

    CONSTRAINT "Bottom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_BottomToTop" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_BottomToTop_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_BottomToTop_B_index" ON "_BottomToTop"("B");

-- AddForeignKey
ALTER TABLE "Top" ADD CONSTRAINT "Top_middleId_fkey" FOREIGN KEY ("middleId") REFERENCES "Middle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bottom" ADD CONSTRAINT "Bottom_middleId_fkey" FOREIGN KEY ("middleId") REFERENCES "Middle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BottomToTop" ADD CONSTRAINT "_BottomToTop_A_fkey" FOREIGN KEY ("A") REFERENCES "Bottom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BottomToTop" ADD CONSTRAINT "_BottomToTop_B_fkey" FOREIGN KEY ("B") REFERENCES "Top"("id") ON DELETE CASCADE ON UPDATE CASCADE;

