-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,
    "childId" INTEGER,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "date_2" DATE NOT NULL,
    "time" TIME(3) NOT NULL,
    "time_2" TIME(3) NOT NULL,
    "time_tz" TIMETZ(3) NOT NULL,
    "time_tz_2" TIMETZ(3) NOT NULL,
    "ts" TIMESTAMP(3) NOT NULL,
    "ts_2" TIMESTAMP(3) NOT NULL,
    "ts_tz" TIMESTAMPTZ(3) NOT NULL,
    "ts_tz_2" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parent_childId_key" ON "Parent"("childId");

-- AddForeignKey
ALTER TABLE "Parent" ADD CONSTRAINT "Parent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;

