-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "alpha";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "zeta";

-- CreateEnum
CREATE TYPE "alpha"."Kind" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "zeta"."users" (
    "id" SERIAL NOT NULL,
    "kind" "alpha"."Kind" NOT NULL DEFAULT 'A',
    "email" TEXT NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."Order" (
    "id" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."Tag" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alpha"."_TagToUser" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_TagToUser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "zeta"."users"("email");

-- CreateIndex
CREATE INDEX "Order_userId_idx" ON "alpha"."Order"("userId");

-- CreateIndex
CREATE INDEX "_TagToUser_B_index" ON "alpha"."_TagToUser"("B");

-- AddForeignKey
ALTER TABLE "alpha"."Order" ADD CONSTRAINT "Order_userId_fkey" FOREIGN KEY ("userId") REFERENCES "zeta"."users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alpha"."_TagToUser" ADD CONSTRAINT "_TagToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "alpha"."Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alpha"."_TagToUser" ADD CONSTRAINT "_TagToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "zeta"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

