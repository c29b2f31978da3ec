-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("parentId")
);

-- CreateTable
CREATE TABLE "Child" (
    "childId" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("childId")
);

-- CreateTable
CREATE TABLE "GrandChild" (
    "grandChildId" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "GrandChild_pkey" PRIMARY KEY ("grandChildId")
);

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("parentId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrandChild" ADD CONSTRAINT "GrandChild_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Child"("childId") ON DELETE SET NULL ON UPDATE CASCADE;

