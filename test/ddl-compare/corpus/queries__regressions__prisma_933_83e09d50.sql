-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Buyer" (
    "buyer_id" INTEGER NOT NULL,
    "name" TEXT,

    CONSTRAINT "Buyer_pkey" PRIMARY KEY ("buyer_id")
);

-- CreateTable
CREATE TABLE "Sale" (
    "sale_id" INTEGER NOT NULL,

    CONSTRAINT "Sale_pkey" PRIMARY KEY ("sale_id")
);

-- CreateTable
CREATE TABLE "_BuyerToSale" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_BuyerToSale_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_BuyerToSale_B_index" ON "_BuyerToSale"("B");

-- AddForeignKey
ALTER TABLE "_BuyerToSale" ADD CONSTRAINT "_BuyerToSale_A_fkey" FOREIGN KEY ("A") REFERENCES "Buyer"("buyer_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BuyerToSale" ADD CONSTRAINT "_BuyerToSale_B_fkey" FOREIGN KEY ("B") REFERENCES "Sale"("sale_id") ON DELETE CASCADE ON UPDATE CASCADE;

