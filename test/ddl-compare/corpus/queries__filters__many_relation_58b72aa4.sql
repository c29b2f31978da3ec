-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Top" (
    "topId" INTEGER NOT NULL,
    "relatedMiddleId" INTEGER,

    CONSTRAINT "Top_pkey" PRIMARY KEY ("topId")
);

-- CreateTable
CREATE TABLE "Middle" (
    "middleId" INTEGER NOT NULL,

    CONSTRAINT "Middle_pkey" PRIMARY KEY ("middleId")
);

-- CreateTable
CREATE TABLE "Bottom" (
    "bottomId" INTEGER NOT NULL,
    "relatedMiddleId" INTEGER,

    CONSTRAINT "Bottom_pkey" PRIMARY KEY ("bottomId")
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
ALTER TABLE "Top" ADD CONSTRAINT "Top_relatedMiddleId_fkey" FOREIGN KEY ("relatedMiddleId") REFERENCES "Middle"("middleId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bottom" ADD CONSTRAINT "Bottom_relatedMiddleId_fkey" FOREIGN KEY ("relatedMiddleId") REFERENCES "Middle"("middleId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BottomToTop" ADD CONSTRAINT "_BottomToTop_A_fkey" FOREIGN KEY ("A") REFERENCES "Bottom"("bottomId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BottomToTop" ADD CONSTRAINT "_BottomToTop_B_fkey" FOREIGN KEY ("B") REFERENCES "Top"("topId") ON DELETE CASCADE ON UPDATE CASCADE;

