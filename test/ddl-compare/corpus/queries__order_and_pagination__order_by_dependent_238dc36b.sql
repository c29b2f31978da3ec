-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,
    "b1_id" INTEGER,
    "b2_id" INTEGER,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b1_id_fkey" FOREIGN KEY ("b1_id") REFERENCES "ModelB"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b2_id_fkey" FOREIGN KEY ("b2_id") REFERENCES "ModelB"("id") ON DELETE SET NULL ON UPDATE CASCADE;

