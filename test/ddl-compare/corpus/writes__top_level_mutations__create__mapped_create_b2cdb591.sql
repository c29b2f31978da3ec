-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "GoodModel" (
    "user_id" INTEGER NOT NULL,
    "text space" TEXT NOT NULL,

    CONSTRAINT "GoodModel_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "AModel" (
    "user id" SERIAL NOT NULL,
    "text space" TEXT NOT NULL,

    CONSTRAINT "AModel_pkey" PRIMARY KEY ("user id")
);

-- CreateTable
CREATE TABLE "BModel" (
    "user id" INTEGER NOT NULL,
    "text space" TEXT NOT NULL,

    CONSTRAINT "BModel_pkey" PRIMARY KEY ("user id")
);

-- CreateTable
CREATE TABLE "CModel" (
    "user id" TEXT NOT NULL,
    "text space" TEXT NOT NULL,

    CONSTRAINT "CModel_pkey" PRIMARY KEY ("user id")
);

