-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "U" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "U_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "uId" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "uId" INTEGER,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,
    "uId" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "D" (
    "id" INTEGER NOT NULL,
    "uId" INTEGER,

    CONSTRAINT "D_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "O" (
    "id" INTEGER NOT NULL,
    "uId" INTEGER NOT NULL,

    CONSTRAINT "O_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CK" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "CK_pkey" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "CKChild" (
    "id" INTEGER NOT NULL,
    "pa" INTEGER NOT NULL,
    "pb" INTEGER NOT NULL,

    CONSTRAINT "CKChild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MM1" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "MM1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MM2" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "MM2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_MM1ToMM2" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_MM1ToMM2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "O_uId_key" ON "O"("uId");

-- CreateIndex
CREATE INDEX "_MM1ToMM2_B_index" ON "_MM1ToMM2"("B");

