-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TestModel" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "TestModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneToMany" (
    "id" INTEGER NOT NULL,
    "testId" INTEGER,
    "toOneId" INTEGER,

    CONSTRAINT "OneToMany_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToOne" (
    "id" INTEGER NOT NULL,
    "string1" TEXT NOT NULL,
    "string2" TEXT NOT NULL,

    CONSTRAINT "ToOne_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OneToMany_toOneId_key" ON "OneToMany"("toOneId");

-- AddForeignKey
ALTER TABLE "OneToMany" ADD CONSTRAINT "OneToMany_testId_fkey" FOREIGN KEY ("testId") REFERENCES "TestModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneToMany" ADD CONSTRAINT "OneToMany_toOneId_fkey" FOREIGN KEY ("toOneId") REFERENCES "ToOne"("id") ON DELETE SET NULL ON UPDATE CASCADE;

