-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" TEXT NOT NULL,
    "b_u" TEXT NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" TEXT NOT NULL,
    "b_u" TEXT NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelB_b_u_key" ON "ModelB"("b_u");

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_u_fkey" FOREIGN KEY ("b_u") REFERENCES "ModelB"("b_u") ON DELETE RESTRICT ON UPDATE CASCADE;

