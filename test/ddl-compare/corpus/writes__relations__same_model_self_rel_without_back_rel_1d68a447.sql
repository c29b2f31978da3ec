-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "identifier" INTEGER,
    "relatedId" TEXT,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_identifier_key" ON "Post"("identifier");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Post"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

