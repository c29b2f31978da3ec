-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" TEXT NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" TEXT NOT NULL,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ModelAToModelB" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ModelAToModelB_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_ModelAToModelB_B_index" ON "_ModelAToModelB"("B");

-- AddForeignKey
ALTER TABLE "_ModelAToModelB" ADD CONSTRAINT "_ModelAToModelB_A_fkey" FOREIGN KEY ("A") REFERENCES "ModelA"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ModelAToModelB" ADD CONSTRAINT "_ModelAToModelB_B_fkey" FOREIGN KEY ("B") REFERENCES "ModelB"("id") ON DELETE CASCADE ON UPDATE CASCADE;

