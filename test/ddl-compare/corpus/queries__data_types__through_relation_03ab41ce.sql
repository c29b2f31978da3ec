-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "childId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "string" TEXT NOT NULL,
    "int" INTEGER NOT NULL,
    "bInt" BIGINT NOT NULL,
    "float" DOUBLE PRECISION NOT NULL,
    "bytes" BYTEA NOT NULL,
    "bool" BOOLEAN NOT NULL,
    "dt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("childId")
);

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

