-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Todo" (
    "id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "anotherIDField" TEXT,

    CONSTRAINT "Todo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WithDefaultValue" (
    "id" INTEGER NOT NULL,
    "reqString" TEXT NOT NULL DEFAULT 'defaultValue',
    "title" TEXT NOT NULL,

    CONSTRAINT "WithDefaultValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MultipleFields" (
    "id" INTEGER NOT NULL,
    "reqString" TEXT NOT NULL,
    "reqInt" INTEGER NOT NULL,
    "reqFloat" DOUBLE PRECISION NOT NULL,
    "reqBoolean" BOOLEAN NOT NULL,

    CONSTRAINT "MultipleFields_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Todo_alias_key" ON "Todo"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "Todo_anotherIDField_key" ON "Todo"("anotherIDField");

