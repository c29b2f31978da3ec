-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Color" ADD VALUE 'BLUE';
ALTER TYPE "Color" ADD VALUE 'PINK';

-- AlterTable
ALTER TABLE "A" DROP COLUMN "o";
ALTER TABLE "A" RENAME CONSTRAINT "A_pkey" TO "A_primary";

-- AlterTable
ALTER TABLE "B" DROP CONSTRAINT "B_pkey",
ADD CONSTRAINT "B_pkey" PRIMARY KEY ("id", "k");

-- DropEnum
DROP TYPE "Old";

-- CreateIndex
CREATE UNIQUE INDEX "B_id_key" ON "B"("id");

-- RenameForeignKey
ALTER TABLE "A" RENAME CONSTRAINT "A_bId_fkey" TO "a_b_fk";

-- RenameIndex
ALTER INDEX "A_name_idx" RENAME TO "name_index";

-- RenameIndex
ALTER INDEX "A_code_key" RENAME TO "code_unique";

