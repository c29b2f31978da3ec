-- CreateEnum
CREATE TYPE "Status" AS ENUM ('ON', 'OFF');

-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN', 'SUPER');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'ADMIN';
COMMIT;

-- DropForeignKey
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- DropIndex
DROP INDEX "User_email_key";

-- DropIndex
DROP INDEX "User_name_idx";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "old",
ADD COLUMN     "nick" TEXT,
ADD COLUMN     "req" INTEGER NOT NULL,
ADD COLUMN     "st" "Status" NOT NULL DEFAULT 'ON',
ALTER COLUMN "name" SET NOT NULL,
ALTER COLUMN "age" SET DATA TYPE BIGINT,
ALTER COLUMN "bio" SET DEFAULT 'y',
ALTER COLUMN "role" SET DEFAULT 'ADMIN';

-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "title" SET DATA TYPE VARCHAR(100),
ALTER COLUMN "authorId" DROP NOT NULL;

-- DropTable
DROP TABLE "Gone";

-- CreateTable
CREATE TABLE "New" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "New_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

