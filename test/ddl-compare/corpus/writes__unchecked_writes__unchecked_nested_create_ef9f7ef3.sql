-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,
    "b_id" INTEGER NOT NULL,
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
    "a_id" INTEGER NOT NULL,

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
CREATE UNIQUE INDEX "ModelA_d_id_key" ON "ModelA"("d_id");

-- CreateIndex
CREATE UNIQUE INDEX "ModelC_a_id_key" ON "ModelC"("a_id");

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "ModelB"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_d_id_fkey" FOREIGN KEY ("d_id") REFERENCES "ModelD"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelC" ADD CONSTRAINT "ModelC_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "ModelA"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

