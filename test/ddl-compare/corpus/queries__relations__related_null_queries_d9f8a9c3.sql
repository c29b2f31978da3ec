-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" TEXT NOT NULL,
    "b_u" TEXT,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" TEXT NOT NULL,
    "u" TEXT,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_b_u_key" ON "ModelA"("b_u");

-- CreateIndex
CREATE UNIQUE INDEX "ModelB_u_key" ON "ModelB"("u");

-- AddForeignKey
ALTER TABLE "ModelA" ADD CONSTRAINT "ModelA_b_u_fkey" FOREIGN KEY ("b_u") REFERENCES "ModelB"("u") ON DELETE SET NULL ON UPDATE CASCADE;

