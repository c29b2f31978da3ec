-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Zebra" (
    "id" BIGINT NOT NULL,

    CONSTRAINT "Zebra_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Apple" (
    "id" UUID NOT NULL,

    CONSTRAINT "Apple_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mmm" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "mmm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nnn" (
    "the_key" VARCHAR(20) NOT NULL,

    CONSTRAINT "nnn_pkey" PRIMARY KEY ("the_key")
);

-- CreateTable
CREATE TABLE "_AppleToZebra" (
    "A" UUID NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_AppleToZebra_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_Likes" (
    "A" UUID NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_Likes_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_follows" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_follows_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_friends" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_friends_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MToN" (
    "A" INTEGER NOT NULL,
    "B" VARCHAR(20) NOT NULL,

    CONSTRAINT "_MToN_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_AppleToZebra_B_index" ON "_AppleToZebra"("B");

-- CreateIndex
CREATE INDEX "_Likes_B_index" ON "_Likes"("B");

-- CreateIndex
CREATE INDEX "_follows_B_index" ON "_follows"("B");

-- CreateIndex
CREATE INDEX "_friends_B_index" ON "_friends"("B");

-- CreateIndex
CREATE INDEX "_MToN_B_index" ON "_MToN"("B");

-- AddForeignKey
ALTER TABLE "_AppleToZebra" ADD CONSTRAINT "_AppleToZebra_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppleToZebra" ADD CONSTRAINT "_AppleToZebra_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Likes" ADD CONSTRAINT "_Likes_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Likes" ADD CONSTRAINT "_Likes_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_follows" ADD CONSTRAINT "_follows_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_follows" ADD CONSTRAINT "_follows_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_friends" ADD CONSTRAINT "_friends_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_friends" ADD CONSTRAINT "_friends_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MToN" ADD CONSTRAINT "_MToN_A_fkey" FOREIGN KEY ("A") REFERENCES "mmm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MToN" ADD CONSTRAINT "_MToN_B_fkey" FOREIGN KEY ("B") REFERENCES "nnn"("the_key") ON DELETE CASCADE ON UPDATE CASCADE;

