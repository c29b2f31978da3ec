-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "s3";

-- AlterEnum
ALTER TYPE "s1"."E" ADD VALUE 'B';

-- AlterTable
CREATE SEQUENCE "s1".t_n_seq;
ALTER TABLE "s1"."T" DROP COLUMN "old_col",
ADD COLUMN     "new_col" TEXT NOT NULL,
ALTER COLUMN "n" SET DEFAULT nextval('"s1".t_n_seq'),
ALTER COLUMN "e" SET DEFAULT 'B';
ALTER SEQUENCE "s1".t_n_seq OWNED BY "s1"."T"."n";

-- CreateTable
CREATE TABLE "s3"."Z" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Z_pkey" PRIMARY KEY ("id")
);

-- RenameForeignKey
ALTER TABLE "K" RENAME CONSTRAINT "K_tId_fkey" TO "k_t";

-- RenameIndex
ALTER INDEX "K_tId_key" RENAME TO "k_tid_uq";

