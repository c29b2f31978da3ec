-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "s2";

-- AlterEnum
BEGIN;
CREATE TYPE "s1"."E_new" AS ENUM ('A');
ALTER TABLE "s1"."T" ALTER COLUMN "e" DROP DEFAULT;
ALTER TABLE "s1"."T" ALTER COLUMN "e" TYPE "s1"."E_new" USING ("e"::text::"s1"."E_new");
ALTER TYPE "s1"."E" RENAME TO "E_old";
ALTER TYPE "s1"."E_new" RENAME TO "E";
DROP TYPE "s1"."E_old";
ALTER TABLE "s1"."T" ALTER COLUMN "e" SET DEFAULT 'A';
COMMIT;

-- AlterTable
ALTER TABLE "s1"."T" ADD COLUMN     "x" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "s2"."T2" (
    "id" INTEGER NOT NULL,
    "tId" INTEGER NOT NULL,

    CONSTRAINT "T2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "T_x_key" ON "s1"."T"("x");

-- CreateIndex
CREATE INDEX "T_id_idx" ON "s1"."T"("id" DESC);

-- AddForeignKey
ALTER TABLE "s2"."T2" ADD CONSTRAINT "T2_tId_fkey" FOREIGN KEY ("tId") REFERENCES "s1"."T"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

