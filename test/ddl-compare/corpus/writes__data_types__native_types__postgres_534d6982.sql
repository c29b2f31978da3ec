-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

