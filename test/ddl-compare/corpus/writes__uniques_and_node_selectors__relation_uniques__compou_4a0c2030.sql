-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,
    "fieldA" TEXT NOT NULL,
    "fieldB" TEXT NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" INTEGER NOT NULL,
    "fieldA" INTEGER NOT NULL,
    "fieldB" INTEGER NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelA_fieldA_fieldB_key" ON "ModelA"("fieldA", "fieldB");

-- CreateIndex
CREATE UNIQUE INDEX "ModelB_fieldA_fieldB_key" ON "ModelB"("fieldA", "fieldB");

