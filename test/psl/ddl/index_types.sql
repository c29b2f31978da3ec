-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "c" JSONB NOT NULL,
    "d" TEXT NOT NULL,
    "e" INTEGER[],

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "G" (
    "id" SERIAL NOT NULL,
    "box" box NOT NULL,

    CONSTRAINT "G_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "A_a_b_idx" ON "A"("a" DESC, "b");

-- CreateIndex
CREATE INDEX "A_a_idx" ON "A" USING HASH ("a");

-- CreateIndex
CREATE INDEX "A_c_idx" ON "A" USING GIN ("c" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "A_b_idx" ON "A" USING BRIN ("b");

-- CreateIndex
CREATE INDEX "A_d_idx" ON "A" USING SPGIST ("d" text_ops);

-- CreateIndex
CREATE INDEX "A_e_idx" ON "A" USING GIN ("e");

-- CreateIndex
CREATE INDEX "custom_idx" ON "A"("d");

-- CreateIndex
CREATE INDEX "raw_ops_idx" ON "A"("d" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "A_b_key" ON "A"("b" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "custom_uq" ON "A"("a", "d");

-- CreateIndex
CREATE INDEX "G_box_idx" ON "G" USING GIST ("box");

