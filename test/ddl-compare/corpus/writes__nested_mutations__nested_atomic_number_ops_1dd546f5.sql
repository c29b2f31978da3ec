-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "uniq" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelatedModel" (
    "id" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "tm_id" INTEGER NOT NULL,

    CONSTRAINT "RelatedModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_uniq_key" ON "TestModel"("uniq");

-- CreateIndex
CREATE UNIQUE INDEX "RelatedModel_tm_id_key" ON "RelatedModel"("tm_id");

-- AddForeignKey
ALTER TABLE "RelatedModel" ADD CONSTRAINT "RelatedModel_tm_id_fkey" FOREIGN KEY ("tm_id") REFERENCES "TestModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

