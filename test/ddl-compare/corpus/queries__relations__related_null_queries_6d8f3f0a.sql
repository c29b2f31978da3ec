-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" TEXT NOT NULL,
    "u" TEXT,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" TEXT NOT NULL,
    "a_u" TEXT,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_u_key" ON "ModelA"("u");

-- CreateIndex
CREATE UNIQUE INDEX "ModelB_a_u_key" ON "ModelB"("a_u");

-- AddForeignKey
ALTER TABLE "ModelB" ADD CONSTRAINT "ModelB_a_u_fkey" FOREIGN KEY ("a_u") REFERENCES "ModelA"("u") ON DELETE SET NULL ON UPDATE CASCADE;

