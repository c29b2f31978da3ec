-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "parent" (
    "id" TEXT NOT NULL,
    "child_a_id" TEXT,
    "child_b_id" TEXT,

    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "child_a" (
    "id" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "child_a_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "child_b" (
    "id" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "child_b_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "parent" ADD CONSTRAINT "parent_child_a_id_fkey" FOREIGN KEY ("child_a_id") REFERENCES "child_a"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parent" ADD CONSTRAINT "parent_child_b_id_fkey" FOREIGN KEY ("child_b_id") REFERENCES "child_b"("id") ON DELETE SET NULL ON UPDATE CASCADE;

