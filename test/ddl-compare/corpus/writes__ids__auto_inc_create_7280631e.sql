-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Mail" (
    "id" SERIAL NOT NULL,
    "messageId" INTEGER NOT NULL,

    CONSTRAINT "Mail_pkey" PRIMARY KEY ("messageId")
);

-- CreateIndex
CREATE INDEX "Mail_id_idx" ON "Mail"("id");

