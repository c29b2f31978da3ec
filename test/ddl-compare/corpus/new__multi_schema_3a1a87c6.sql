-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "schema1";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "schema2";

-- CreateTable
CREATE TABLE "schema2"."Foo" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Foo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schema1"."Bar" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fooId" TEXT NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "Bar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Foo_id_version_key" ON "schema2"."Foo"("id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Bar_fooId_version_key" ON "schema1"."Bar"("fooId", "version");

-- AddForeignKey
ALTER TABLE "schema1"."Bar" ADD CONSTRAINT "Bar_fooId_version_fkey" FOREIGN KEY ("fooId", "version") REFERENCES "schema2"."Foo"("id", "version") ON DELETE RESTRICT ON UPDATE CASCADE;

