-- CreateEnum
CREATE TYPE "mood_t" AS ENUM ('HAPPY', 'SAD');

-- AlterEnum
BEGIN;
CREATE TYPE "Kind_new" AS ENUM ('A', 'B', 'D');
ALTER TABLE "T" ALTER COLUMN "k" DROP DEFAULT;
ALTER TABLE "T" ALTER COLUMN "kinds" DROP DEFAULT;
ALTER TABLE "T" ALTER COLUMN "kinds" TYPE "Kind_new"[] USING ("kinds"::text::"Kind_new"[]);
ALTER TABLE "T" ALTER COLUMN "k" TYPE "Kind_new" USING ("k"::text::"Kind_new");
ALTER TYPE "Kind" RENAME TO "Kind_old";
ALTER TYPE "Kind_new" RENAME TO "Kind";
DROP TYPE "Kind_old";
ALTER TABLE "T" ALTER COLUMN "k" SET DEFAULT 'A';
ALTER TABLE "T" ALTER COLUMN "kinds" SET DEFAULT ARRAY['A']::"Kind"[];
COMMIT;

-- AlterTable
ALTER TABLE "T" DROP COLUMN "g",
DROP COLUMN "mood",
ADD COLUMN     "mood" "mood_t" NOT NULL,
ALTER COLUMN "kinds" SET DEFAULT ARRAY['A']::"Kind"[],
ALTER COLUMN "k" SET DEFAULT 'A';

-- DropEnum
DROP TYPE "mood";

-- DropEnum
DROP TYPE "Gone";

