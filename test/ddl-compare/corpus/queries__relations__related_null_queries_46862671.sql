-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" TEXT NOT NULL,
    "u1" TEXT,
    "u2" TEXT,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" TEXT NOT NULL,
    "a_u1" TEXT,
    "a_u2" TEXT,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_u1_u2_key" ON "ModelA"("u1", "u2");

-- AddForeignKey
ALTER TABLE "ModelB" ADD CONSTRAINT "ModelB_a_u1_a_u2_fkey" FOREIGN KEY ("a_u1", "a_u2") REFERENCES "ModelA"("u1", "u2") ON DELETE SET NULL ON UPDATE CASCADE;

