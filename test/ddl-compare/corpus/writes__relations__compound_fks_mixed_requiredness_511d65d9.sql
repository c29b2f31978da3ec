-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "user_age" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "nr" INTEGER NOT NULL,
    "age" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_nr_age_key" ON "User"("nr", "age");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_user_id_user_age_fkey" FOREIGN KEY ("user_id", "user_age") REFERENCES "User"("nr", "age") ON DELETE RESTRICT ON UPDATE CASCADE;

