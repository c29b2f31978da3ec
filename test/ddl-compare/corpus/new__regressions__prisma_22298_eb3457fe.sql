-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "field1" INTEGER NOT NULL,
    "field2" INTEGER NOT NULL,
    "field3" INTEGER NOT NULL,
    "field4" INTEGER NOT NULL,
    "field5" INTEGER NOT NULL,
    "field6" INTEGER NOT NULL,
    "field7" INTEGER NOT NULL,
    "field8" INTEGER NOT NULL,
    "field9" INTEGER NOT NULL,
    "field10" INTEGER NOT NULL,
    "field11" INTEGER NOT NULL,
    "field12" INTEGER NOT NULL,
    "field13" INTEGER NOT NULL,
    "field14" INTEGER NOT NULL,
    "field15" INTEGER NOT NULL,
    "field16" INTEGER NOT NULL,
    "field17" INTEGER NOT NULL,
    "field18" INTEGER NOT NULL,
    "field19" INTEGER NOT NULL,
    "field20" INTEGER NOT NULL,
    "field21" INTEGER NOT NULL,
    "field22" INTEGER NOT NULL,
    "field23" INTEGER NOT NULL,
    "field24" INTEGER NOT NULL,
    "field25" INTEGER NOT NULL,
    "field26" INTEGER NOT NULL,
    "field27" INTEGER NOT NULL,
    "field28" INTEGER NOT NULL,
    "field29" INTEGER NOT NULL,
    "field30" INTEGER NOT NULL,
    "field31" INTEGER NOT NULL,
    "field32" INTEGER NOT NULL,
    "field33" INTEGER NOT NULL,
    "field34" INTEGER NOT NULL,
    "field35" INTEGER NOT NULL,
    "field36" INTEGER NOT NULL,
    "field37" INTEGER NOT NULL,
    "field38" INTEGER NOT NULL,
    "field39" INTEGER NOT NULL,
    "field40" INTEGER NOT NULL,
    "field41" INTEGER NOT NULL,
    "field42" INTEGER NOT NULL,
    "field43" INTEGER NOT NULL,
    "field44" INTEGER NOT NULL,
    "field45" INTEGER NOT NULL,
    "field46" INTEGER NOT NULL,
    "field47" INTEGER NOT NULL,
    "field48" INTEGER NOT NULL,
    "field49" INTEGER NOT NULL,
    "field50" INTEGER NOT NULL,
    "field51" INTEGER NOT NULL,
    "b_id" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,
    "a_id" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "A" ADD CONSTRAINT "A_b_id_fkey" FOREIGN KEY ("b_id") REFERENCES "B"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "C" ADD CONSTRAINT "C_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

