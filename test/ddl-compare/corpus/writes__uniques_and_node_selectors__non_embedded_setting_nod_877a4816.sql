-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "b" TEXT,
    "key" TEXT NOT NULL,
    "c_id" INTEGER,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,
    "c" TEXT,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "A_b_key" ON "A"("b");

-- CreateIndex
CREATE UNIQUE INDEX "A_key_key" ON "A"("key");

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_c_id_fkey" FOREIGN KEY ("c_id") REFERENCES "C"("id") ON DELETE SET NULL ON UPDATE CASCADE;

