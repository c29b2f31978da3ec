-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Human" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "wife_id" TEXT,
    "mother_id" TEXT,
    "father_id" TEXT,
    "singer_id" TEXT,
    "title_id" TEXT,

    CONSTRAINT "Human_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Song" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Song_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Admirers" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_Admirers_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Human_wife_id_key" ON "Human"("wife_id");

-- CreateIndex
CREATE UNIQUE INDEX "Human_title_id_key" ON "Human"("title_id");

-- CreateIndex
CREATE INDEX "_Admirers_B_index" ON "_Admirers"("B");

-- AddForeignKey
ALTER TABLE "Human" ADD CONSTRAINT "Human_wife_id_fkey" FOREIGN KEY ("wife_id") REFERENCES "Human"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Human" ADD CONSTRAINT "Human_mother_id_fkey" FOREIGN KEY ("mother_id") REFERENCES "Human"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Human" ADD CONSTRAINT "Human_father_id_fkey" FOREIGN KEY ("father_id") REFERENCES "Human"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Human" ADD CONSTRAINT "Human_singer_id_fkey" FOREIGN KEY ("singer_id") REFERENCES "Human"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Human" ADD CONSTRAINT "Human_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "Song"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_Admirers" ADD CONSTRAINT "_Admirers_A_fkey" FOREIGN KEY ("A") REFERENCES "Human"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Admirers" ADD CONSTRAINT "_Admirers_B_fkey" FOREIGN KEY ("B") REFERENCES "Human"("id") ON DELETE CASCADE ON UPDATE CASCADE;

