-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,
    "b_id_1" INTEGER NOT NULL,
    "b_id_2" INTEGER NOT NULL,
    "c_id_1" INTEGER,
    "c_id_2" INTEGER,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" INTEGER NOT NULL,
    "uniq_1" INTEGER NOT NULL,
    "uniq_2" INTEGER NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelC" (
    "id" INTEGER NOT NULL,
    "uniq_1" INTEGER NOT NULL,
    "uniq_2" INTEGER NOT NULL,

    CONSTRAINT "ModelC_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelB_uniq_1_uniq_2_key" ON "ModelB"("uniq_1", "uniq_2");

-- CreateIndex
CREATE UNIQUE INDEX "ModelC_uniq_1_uniq_2_key" ON "ModelC"("uniq_1", "uniq_2");

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_id_1_b_id_2_fkey" FOREIGN KEY ("b_id_1", "b_id_2") REFERENCES "ModelB"("uniq_1", "uniq_2") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_c_id_1_c_id_2_fkey" FOREIGN KEY ("c_id_1", "c_id_2") REFERENCES "ModelC"("uniq_1", "uniq_2") ON DELETE SET NULL ON UPDATE CASCADE;

