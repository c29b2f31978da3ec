-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AToC" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AToC_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_AToC_B_index" ON "_AToC"("B");

-- CreateIndex
CREATE UNIQUE INDEX "A_u_key" ON "A"("u");

-- CreateIndex
CREATE INDEX "B_aId_idx" ON "B"("aId");

