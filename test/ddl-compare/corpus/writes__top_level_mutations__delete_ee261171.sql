-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "string" TEXT,
    "unicorn" TEXT,

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScalarModel_unicorn_key" ON "ScalarModel"("unicorn");

