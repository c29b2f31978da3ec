-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "ScalarModel" (
    "id" INTEGER NOT NULL,
    "strings" TEXT[] DEFAULT ARRAY['Foo', 'Bar', 'Baz']::TEXT[],
    "ints" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[1.1, 2.2, 3.3]::DOUBLE PRECISION[],
    "booleans" BOOLEAN[] DEFAULT ARRAY[true, false, false, true]::BOOLEAN[],
    "enums" "MyEnum"[] DEFAULT ARRAY['A', 'B', 'B', 'A']::"MyEnum"[],
    "dateTimes" TIMESTAMP(3)[] DEFAULT ARRAY['2019-07-31 23:59:01 +00:00', '2012-07-31 23:59:01 +00:00']::TIMESTAMP(3)[],
    "bytes" BYTEA[] DEFAULT ARRAY['\x74657374', '\x74']::BYTEA[],

    CONSTRAINT "ScalarModel_pkey" PRIMARY KEY ("id")
);

