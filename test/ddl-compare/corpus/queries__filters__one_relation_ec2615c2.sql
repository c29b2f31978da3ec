-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "name" TEXT,
    "userId" INTEGER NOT NULL,
    "userId2" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL,
    "title" TEXT,
    "userId" INTEGER,
    "userId_2" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_userId_userId2_key" ON "User"("userId", "userId2");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_userId_userId_2_fkey" FOREIGN KEY ("userId", "userId_2") REFERENCES "User"("userId", "userId2") ON DELETE SET NULL ON UPDATE CASCADE;

