-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "decimals" DECIMAL(65,30)[] DEFAULT ARRAY[123.321, 9999.9999]::DECIMAL(65,30)[],
    "decimals2" DECIMAL(65,30)[] DEFAULT ARRAY[123.321, 9999.9999]::DECIMAL(65,30)[],

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

