-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "unique1" INTEGER NOT NULL,
    "unique2" INTEGER NOT NULL,
    "unique3" INTEGER NOT NULL,
    "unique4" INTEGER NOT NULL,
    "non_unique" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_unique1_key" ON "TestModel"("unique1");

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_unique2_key" ON "TestModel"("unique2");

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_unique3_unique4_key" ON "TestModel"("unique3", "unique4");

