-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Foo" (
    "id" INTEGER NOT NULL,
    "test" TEXT,

    CONSTRAINT "Foo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bar" (
    "id" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "orderField" INTEGER,
    "foo_id" INTEGER NOT NULL,

    CONSTRAINT "Bar_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Bar" ADD CONSTRAINT "Bar_foo_id_fkey" FOREIGN KEY ("foo_id") REFERENCES "Foo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

