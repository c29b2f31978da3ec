-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AUser" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "int" INTEGER,
    "postId" TEXT,

    CONSTRAINT "AUser_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_title_key" ON "Post"("title");

-- CreateIndex
CREATE UNIQUE INDEX "AUser_name_key" ON "AUser"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AUser_postId_key" ON "AUser"("postId");

-- AddForeignKey
ALTER TABLE "AUser" ADD CONSTRAINT "AUser_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

