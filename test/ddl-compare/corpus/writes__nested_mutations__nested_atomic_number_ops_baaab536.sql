-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,
    "uniq" INTEGER NOT NULL,
    "rel_id" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelatedModel" (
    "id" INTEGER NOT NULL,
    "field" TEXT NOT NULL,

    CONSTRAINT "RelatedModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestModel_uniq_key" ON "TestModel"("uniq");

-- AddForeignKey
ALTER TABLE "TestModel" ADD CONSTRAINT "TestModel_rel_id_fkey" FOREIGN KEY ("rel_id") REFERENCES "RelatedModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

