-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "color_t" AS ENUM ('red', 'green', 'BLUE');

-- CreateEnum
CREATE TYPE "Size" AS ENUM ('S', 'M', 'L');

-- CreateTable
CREATE TABLE "shirts" (
    "shirt_id" SERIAL NOT NULL,
    "color" "color_t" NOT NULL DEFAULT 'red',
    "colors" "color_t"[] DEFAULT ARRAY['red', 'BLUE']::"color_t"[],
    "size" "Size",
    "sizes" "Size"[],
    "tags" TEXT[] DEFAULT ARRAY['a', 'b''c']::TEXT[],
    "nums" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "flags" BOOLEAN[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMP(3) NOT NULL,
    "big" BIGSERIAL NOT NULL,
    "small" SMALLSERIAL NOT NULL,
    "geo" circle,
    "vec" double precision[] NOT NULL,
    "gen" UUID NOT NULL DEFAULT gen_random_uuid(),
    "u7" TEXT NOT NULL,
    "nano" TEXT NOT NULL,

    CONSTRAINT "shirts_pkey" PRIMARY KEY ("shirt_id")
);

-- CreateIndex
CREATE INDEX "shirt_cs" ON "shirts"("color", "size" DESC);

