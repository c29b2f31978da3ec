-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Transcriber" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Transcriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranscriberCompetency" (
    "id" TEXT NOT NULL,
    "transcriberId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,

    CONSTRAINT "TranscriberCompetency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competency" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TranscriberCompetency_transcriberId_competencyId_key" ON "TranscriberCompetency"("transcriberId", "competencyId");

-- AddForeignKey
ALTER TABLE "TranscriberCompetency" ADD CONSTRAINT "TranscriberCompetency_transcriberId_fkey" FOREIGN KEY ("transcriberId") REFERENCES "Transcriber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriberCompetency" ADD CONSTRAINT "TranscriberCompetency_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

