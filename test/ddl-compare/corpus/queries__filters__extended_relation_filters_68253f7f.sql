-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Artist" (
    "id" TEXT NOT NULL,
    "ArtistId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,

    CONSTRAINT "Artist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Album" (
    "id" TEXT NOT NULL,
    "AlbumId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "ArtistId" TEXT NOT NULL,

    CONSTRAINT "Album_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Genre" (
    "id" TEXT NOT NULL,
    "GenreId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,

    CONSTRAINT "Genre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaType" (
    "id" TEXT NOT NULL,
    "MediaTypeId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,

    CONSTRAINT "MediaType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Track" (
    "id" TEXT NOT NULL,
    "TrackId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Composer" TEXT NOT NULL,
    "Milliseconds" INTEGER NOT NULL,
    "Bytes" INTEGER NOT NULL,
    "UnitPrice" DOUBLE PRECISION NOT NULL,
    "AlbumId" TEXT NOT NULL,
    "MediaTypeId" TEXT NOT NULL,
    "GenreId" TEXT NOT NULL,

    CONSTRAINT "Track_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Artist_ArtistId_key" ON "Artist"("ArtistId");

-- CreateIndex
CREATE UNIQUE INDEX "Album_AlbumId_key" ON "Album"("AlbumId");

-- CreateIndex
CREATE INDEX "Album_ArtistId_idx" ON "Album"("ArtistId");

-- CreateIndex
CREATE UNIQUE INDEX "Genre_GenreId_key" ON "Genre"("GenreId");

-- CreateIndex
CREATE UNIQUE INDEX "MediaType_MediaTypeId_key" ON "MediaType"("MediaTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "Track_TrackId_key" ON "Track"("TrackId");

-- CreateIndex
CREATE INDEX "Track_AlbumId_idx" ON "Track"("AlbumId");

-- CreateIndex
CREATE INDEX "Track_MediaTypeId_idx" ON "Track"("MediaTypeId");

-- CreateIndex
CREATE INDEX "Track_GenreId_idx" ON "Track"("GenreId");

-- AddForeignKey
ALTER TABLE "Album" ADD CONSTRAINT "Album_ArtistId_fkey" FOREIGN KEY ("ArtistId") REFERENCES "Artist"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_AlbumId_fkey" FOREIGN KEY ("AlbumId") REFERENCES "Album"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_MediaTypeId_fkey" FOREIGN KEY ("MediaTypeId") REFERENCES "MediaType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_GenreId_fkey" FOREIGN KEY ("GenreId") REFERENCES "Genre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

