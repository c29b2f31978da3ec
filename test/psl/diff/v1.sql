-- CreateEnum
CREATE TYPE "F2" AS ENUM ('X', 'Y');

-- DropIndex
DROP INDEX "s1"."T_b_idx";

-- AlterTable
ALTER TABLE "s1"."T" DROP COLUMN "f",
ADD COLUMN     "f" "F2" NOT NULL;

-- DropEnum
DROP TYPE "F";

-- CreateIndex
CREATE INDEX "T_b_idx" ON "s1"."T"("b" DESC);

-- RenameIndex
ALTER INDEX "s1"."T_a_idx" RENAME TO "renamed_a";

