-- DropForeignKey
ALTER TABLE "B" DROP CONSTRAINT "B_aId_fkey";

-- DropIndex
DROP INDEX "A_name_idx";

-- DropIndex
DROP INDEX "A_j_idx";

-- AlterTable
ALTER TABLE "A" DROP CONSTRAINT "A_pkey",
ALTER COLUMN "id" SET DATA TYPE BIGINT,
ALTER COLUMN "name" SET DATA TYPE VARCHAR(20),
ADD CONSTRAINT "A_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "B" ALTER COLUMN "aId" DROP NOT NULL,
ALTER COLUMN "aId" SET DATA TYPE BIGINT;

-- DropTable
DROP TABLE "old_t";

-- CreateTable
CREATE TABLE "new_t" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "new_t_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "A_name_idx" ON "A" USING HASH ("name");

-- CreateIndex
CREATE INDEX "A_j_idx" ON "A" USING GIN ("j" jsonb_path_ops);

-- AddForeignKey
ALTER TABLE "B" ADD CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A"("id") ON DELETE CASCADE ON UPDATE CASCADE;

