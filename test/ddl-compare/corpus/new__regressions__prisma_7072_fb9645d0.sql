-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Foo" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Foo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bar" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fooId" TEXT NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "Bar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Foo_id_version_key" ON "Foo"("id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Bar_fooId_version_key" ON "Bar"("fooId", "version");

-- AddForeignKey
ALTER TABLE "Bar" ADD CONSTRAINT "Bar_fooId_version_fkey" FOREIGN KEY ("fooId", "version") REFERENCES "Foo"("id", "version") ON DELETE RESTRICT ON UPDATE CASCADE;

