-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Top" (
    "id" TEXT NOT NULL,
    "nameTop" TEXT NOT NULL,

    CONSTRAINT "Top_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Middle" (
    "id" TEXT NOT NULL,
    "nameMiddle" TEXT NOT NULL,

    CONSTRAINT "Middle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bottom" (
    "id" TEXT NOT NULL,
    "nameBottom" TEXT NOT NULL,

    CONSTRAINT "Bottom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_MiddleToTop" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MiddleToTop_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_BottomToMiddle" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_BottomToMiddle_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Top_nameTop_key" ON "Top"("nameTop");

-- CreateIndex
CREATE UNIQUE INDEX "Middle_nameMiddle_key" ON "Middle"("nameMiddle");

-- CreateIndex
CREATE UNIQUE INDEX "Bottom_nameBottom_key" ON "Bottom"("nameBottom");

-- CreateIndex
CREATE INDEX "_MiddleToTop_B_index" ON "_MiddleToTop"("B");

-- CreateIndex
CREATE INDEX "_BottomToMiddle_B_index" ON "_BottomToMiddle"("B");

-- AddForeignKey
ALTER TABLE "_MiddleToTop" ADD CONSTRAINT "_MiddleToTop_A_fkey" FOREIGN KEY ("A") REFERENCES "Middle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MiddleToTop" ADD CONSTRAINT "_MiddleToTop_B_fkey" FOREIGN KEY ("B") REFERENCES "Top"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BottomToMiddle" ADD CONSTRAINT "_BottomToMiddle_A_fkey" FOREIGN KEY ("A") REFERENCES "Bottom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BottomToMiddle" ADD CONSTRAINT "_BottomToMiddle_B_fkey" FOREIGN KEY ("B") REFERENCES "Middle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

