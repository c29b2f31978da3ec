-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "name" TEXT,
    "b_id_1" INTEGER,
    "b_id_2" INTEGER,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "name" TEXT,
    "a_id_1" INTEGER,
    "a_id_2" INTEGER,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,
    "name" TEXT,
    "b_id_1" INTEGER,
    "b_id_2" INTEGER,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "A_b_id_1_b_id_2_key" ON "A"("b_id_1", "b_id_2");

-- CreateIndex
CREATE UNIQUE INDEX "B_a_id_1_a_id_2_key" ON "B"("a_id_1", "a_id_2");

-- CreateIndex
CREATE UNIQUE INDEX "C_b_id_1_key" ON "C"("b_id_1");

-- CreateIndex
CREATE UNIQUE INDEX "C_b_id_2_key" ON "C"("b_id_2");

