-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "z" TEXT NOT NULL,
    "y" INTEGER NOT NULL,
    "x" INTEGER NOT NULL,
    "w" INTEGER NOT NULL,

    CONSTRAINT "weird" PRIMARY KEY ("id","z")
);

-- CreateIndex
CREATE UNIQUE INDEX "T_x_key" ON "T"("x");

-- CreateIndex
CREATE INDEX "T_y_idx" ON "T"("y");

-- CreateIndex
CREATE INDEX "T_z_idx" ON "T"("z");

-- CreateIndex
CREATE UNIQUE INDEX "T_z_y_key" ON "T"("z", "y");

-- CreateIndex
CREATE UNIQUE INDEX "T_w_key" ON "T"("w");

