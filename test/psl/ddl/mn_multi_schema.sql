-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "alpha";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "zeta";

-- CreateEnum
CREATE TYPE "zeta"."Level" AS ENUM ('LOW', 'HIGH');

-- CreateTable
CREATE TABLE "alpha"."accounts" (
    "id" SERIAL NOT NULL,
    "level" "zeta"."Level" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "zeta"."Group" (
    "id" UUID NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "zeta"."Post" (
    "id" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."_AccountToGroup" (
    "A" INTEGER NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_AccountToGroup_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Post_accountId_idx" ON "zeta"."Post"("accountId");

-- CreateIndex
CREATE INDEX "_AccountToGroup_B_index" ON "alpha"."_AccountToGroup"("B");

-- AddForeignKey
ALTER TABLE "zeta"."Post" ADD CONSTRAINT "Post_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "alpha"."accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alpha"."_AccountToGroup" ADD CONSTRAINT "_AccountToGroup_A_fkey" FOREIGN KEY ("A") REFERENCES "alpha"."accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alpha"."_AccountToGroup" ADD CONSTRAINT "_AccountToGroup_B_fkey" FOREIGN KEY ("B") REFERENCES "zeta"."Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

