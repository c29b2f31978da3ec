-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,
    "b_id" INTEGER NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "ModelB"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

