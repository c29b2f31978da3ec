-- AlterTable
ALTER TABLE "A" RENAME CONSTRAINT "A_pkey" TO "A_primary";

