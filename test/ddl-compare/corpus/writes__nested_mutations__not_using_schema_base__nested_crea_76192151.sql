-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ModelA" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelB" (
    "id" INTEGER NOT NULL,
    "str1" TEXT NOT NULL,
    "str2" TEXT,
    "str3" TEXT DEFAULT 'SOME_DEFAULT',
    "a_id" INTEGER,

    CONSTRAINT "ModelB_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ModelB" ADD CONSTRAINT "ModelB_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "ModelA"("id") ON DELETE SET NULL ON UPDATE CASCADE;

