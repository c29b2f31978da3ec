-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "schema1";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "schema2";

-- CreateTable
CREATE TABLE "schema1"."ChildModel" (
    "id" INTEGER NOT NULL,
    "field" TEXT,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "ChildModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schema2"."ParentModel" (
    "id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,

    CONSTRAINT "ParentModel_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "schema1"."ChildModel" ADD CONSTRAINT "ChildModel_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "schema2"."ParentModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

