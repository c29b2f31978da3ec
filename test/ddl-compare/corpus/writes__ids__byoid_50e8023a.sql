-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Blog" (
    "myId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Blog_pkey" PRIMARY KEY ("myId")
);

