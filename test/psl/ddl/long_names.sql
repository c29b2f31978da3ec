-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatIsQuiteLongIndeedForTesting" (
    "id" INTEGER NOT NULL,
    "aVeryLongFieldNameThatIsAlsoLongToTriggerTruncation" INTEGER NOT NULL,
    "anotherVeryLongFieldNameX" INTEGER NOT NULL,
    "anotherVeryLongFieldNameY" INTEGER NOT NULL,
    "otherId" INTEGER NOT NULL,

    CONSTRAINT "AVeryLongModelNameThatIsQuiteLongIndeedForTesting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnotherExtremelyLongModelNameWhichGoesOnAndOnForever" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "AnotherExtremelyLongModelNameWhichGoesOnAndOnForever_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelWithSixtyCharsNameAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "ModelWithSixtyCharsNameAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharactersForS" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharac_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatIsQuiteLongIndeedForTesting_aVeryLong_key" ON "AVeryLongModelNameThatIsQuiteLongIndeedForTesting"("aVeryLongFieldNameThatIsAlsoLongToTriggerTruncation");

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatIsQuiteLongIndeedForTesting_anotherVe_idx" ON "AVeryLongModelNameThatIsQuiteLongIndeedForTesting"("anotherVeryLongFieldNameX", "anotherVeryLongFieldNameY");

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatIsQuiteLongIndeedForTesting_anotherVe_key" ON "AVeryLongModelNameThatIsQuiteLongIndeedForTesting"("anotherVeryLongFieldNameY", "anotherVeryLongFieldNameX");

-- CreateIndex
CREATE INDEX "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharac_B_index" ON "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharactersForS"("B");

-- AddForeignKey
ALTER TABLE "AVeryLongModelNameThatIsQuiteLongIndeedForTesting" ADD CONSTRAINT "AVeryLongModelNameThatIsQuiteLongIndeedForTesting_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "AnotherExtremelyLongModelNameWhichGoesOnAndOnForever"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharactersForS" ADD CONSTRAINT "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharact_A_fkey" FOREIGN KEY ("A") REFERENCES "AVeryLongModelNameThatIsQuiteLongIndeedForTesting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharactersForS" ADD CONSTRAINT "_ThisIsAVeryLongRelationNameThatExceedsSixtyThreeCharact_B_fkey" FOREIGN KEY ("B") REFERENCES "AnotherExtremelyLongModelNameWhichGoesOnAndOnForever"("id") ON DELETE CASCADE ON UPDATE CASCADE;

