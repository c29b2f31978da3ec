-- DropForeignKey
ALTER TABLE "P" DROP CONSTRAINT "P_uId_fkey";

-- DropIndex
DROP INDEX "users_a_idx";

-- DropIndex
DROP INDEX "users_b_idx";

-- DropIndex
DROP INDEX "users_a_b_key";

-- AlterTable
ALTER TABLE "users" ALTER COLUMN "t" SET DEFAULT ARRAY['a', 'b']::TEXT[],
ALTER COLUMN "g" SET DEFAULT 'y'::text;

-- CreateIndex
CREATE INDEX "users_a_idx" ON "users"("a" DESC);

-- CreateIndex
CREATE INDEX "users_b_idx" ON "users"("b");

-- CreateIndex
CREATE UNIQUE INDEX "users_a_b_c_key" ON "users"("a", "b", "c");

-- AddForeignKey
ALTER TABLE "P" ADD CONSTRAINT "P_uId_fkey" FOREIGN KEY ("uId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

