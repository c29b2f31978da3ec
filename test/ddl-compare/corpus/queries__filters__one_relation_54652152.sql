-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "device" (
    "id" INTEGER NOT NULL,
    "device_id" TEXT NOT NULL,

    CONSTRAINT "device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device_state" (
    "id" INTEGER NOT NULL,
    "device_id" TEXT NOT NULL,

    CONSTRAINT "device_state_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "device_device_id_key" ON "device"("device_id");

-- CreateIndex
CREATE UNIQUE INDEX "device_state_device_id_key" ON "device_state"("device_id");

-- AddForeignKey
ALTER TABLE "device" ADD CONSTRAINT "device_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device_state"("device_id") ON DELETE NO ACTION ON UPDATE CASCADE;

