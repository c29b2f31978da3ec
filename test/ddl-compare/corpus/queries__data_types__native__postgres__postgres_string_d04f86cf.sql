-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,
    "childId" INTEGER,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "char" CHAR(10) NOT NULL,
    "vChar" VARCHAR(11) NOT NULL,
    "text" TEXT NOT NULL,
    "bit" BIT(4) NOT NULL,
    "vBit" VARBIT(5) NOT NULL,
    "uuid" UUID NOT NULL,
    "ip" INET NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_childId_key" ON "Parent"("childId");

-- AddForeignKey
ALTER TABLE "Parent" ADD CONSTRAINT "Parent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;

