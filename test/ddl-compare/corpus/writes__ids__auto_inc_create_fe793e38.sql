-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Mail" (
    "messageId" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,

    CONSTRAINT "Mail_pkey" PRIMARY KEY ("messageId")
);

