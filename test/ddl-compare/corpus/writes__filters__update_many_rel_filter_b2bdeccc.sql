-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Top" (
    "id" INTEGER NOT NULL,
    "top" TEXT NOT NULL,
    "bottomId" INTEGER,

    CONSTRAINT "Top_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bottom" (
    "id" INTEGER NOT NULL,
    "bottom" TEXT NOT NULL,
    "veryBottomId" INTEGER,

    CONSTRAINT "Bottom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VeryBottom" (
    "id" INTEGER NOT NULL,
    "veryBottom" TEXT NOT NULL,

    CONSTRAINT "VeryBottom_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Top_bottomId_key" ON "Top"("bottomId");

-- CreateIndex
CREATE UNIQUE INDEX "Bottom_veryBottomId_key" ON "Bottom"("veryBottomId");

-- AddForeignKey
ALTER TABLE "Top" ADD CONSTRAINT "Top_bottomId_fkey" FOREIGN KEY ("bottomId") REFERENCES "Bottom"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bottom" ADD CONSTRAINT "Bottom_veryBottomId_fkey" FOREIGN KEY ("veryBottomId") REFERENCES "VeryBottom"("id") ON DELETE SET NULL ON UPDATE CASCADE;

