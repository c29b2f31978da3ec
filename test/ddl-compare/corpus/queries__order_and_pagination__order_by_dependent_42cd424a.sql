-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,
    "b_id" INTEGER,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" INTEGER NOT NULL,
    "c_id" INTEGER,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelC" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelC_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_b_id_key" ON "ModelA"("b_id");

-- CreateIndex
CREATE UNIQUE INDEX "ModelB_c_id_key" ON "ModelB"("c_id");

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "ModelB"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelB" ADD CONSTRAINT "ModelB_c_id_fkey" FOREIGN KEY ("c_id") REFERENCES "ModelC"("id") ON DELETE SET NULL ON UPDATE CASCADE;

