-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "int" INTEGER NOT NULL,
    "sInt" SMALLINT NOT NULL,
    "bInt" BIGINT NOT NULL,
    "oid" OID NOT NULL,
    "inc_int" SERIAL NOT NULL,
    "inc_sInt" SMALLSERIAL NOT NULL,
    "inc_bInt" BIGSERIAL NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

