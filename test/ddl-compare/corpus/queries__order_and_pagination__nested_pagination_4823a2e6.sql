-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Top" (
    "id" INTEGER NOT NULL,
    "t" TEXT NOT NULL,

    CONSTRAINT "Top_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Middle" (
    "id" INTEGER NOT NULL,
    "m" TEXT NOT NULL,
    "top_id" INTEGER NOT NULL,

    CONSTRAINT "Middle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bottom" (
    "id" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    "middle_id" INTEGER NOT NULL,

    CONSTRAINT "Bottom_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Top_t_key" ON "Top"("t");

-- CreateIndex
CREATE UNIQUE INDEX "Middle_m_key" ON "Middle"("m");

-- CreateIndex
CREATE UNIQUE INDEX "Bottom_b_key" ON "Bottom"("b");

-- AddForeignKey
ALTER TABLE "Middle" ADD CONSTRAINT "Middle_top_id_fkey" FOREIGN KEY ("top_id") REFERENCES "Top"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bottom" ADD CONSTRAINT "Bottom_middle_id_fkey" FOREIGN KEY ("middle_id") REFERENCES "Middle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

