-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,
    "b_id" INTEGER NOT NULL,
    "c_id" INTEGER NOT NULL,
    "d_id" INTEGER NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelC" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelC_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelD" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelD_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_b_id_key" ON "ModelA"("b_id");

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_c_id_key" ON "ModelA"("c_id");

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_d_id_key" ON "ModelA"("d_id");

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "ModelB"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_c_id_fkey" FOREIGN KEY ("c_id") REFERENCES "ModelC"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_d_id_fkey" FOREIGN KEY ("d_id") REFERENCES "ModelD"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

