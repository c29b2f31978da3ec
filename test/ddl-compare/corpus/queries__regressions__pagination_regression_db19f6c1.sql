-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "a_id" INTEGER NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ModelB" ADD CONSTRAINT "ModelB_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "ModelA"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

