-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "MyModel" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "itemId" INTEGER,

    CONSTRAINT "MyModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "uniq" TEXT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MyModel_itemId_key" ON "MyModel"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Item_uniq_key" ON "Item"("uniq");

-- AddForeignKey
ALTER TABLE "MyModel" ADD CONSTRAINT "MyModel_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

