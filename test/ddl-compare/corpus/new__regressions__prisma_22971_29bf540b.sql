-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "hello" INTEGER NOT NULL,
    "updated_at" TEXT NOT NULL DEFAULT 'now',
    "post" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("hello")
);

-- CreateTable
CREATE TABLE "Post" (
    "world" INTEGER NOT NULL,
    "up_at" TEXT NOT NULL DEFAULT 'now',

    CONSTRAINT "Post_pkey" PRIMARY KEY ("world")
);

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_post_fkey" FOREIGN KEY ("post") REFERENCES "Post"("world") ON DELETE SET NULL ON UPDATE CASCADE;

