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

    CONSTRAINT "AUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AUserToPost" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AUserToPost_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_title_key" ON "Post"("title");

-- CreateIndex
CREATE UNIQUE INDEX "AUser_name_key" ON "AUser"("name");

-- CreateIndex
CREATE INDEX "_AUserToPost_B_index" ON "_AUserToPost"("B");

-- AddForeignKey
ALTER TABLE "_AUserToPost" ADD CONSTRAINT "_AUserToPost_A_fkey" FOREIGN KEY ("A") REFERENCES "AUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AUserToPost" ADD CONSTRAINT "_AUserToPost_B_fkey" FOREIGN KEY ("B") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

