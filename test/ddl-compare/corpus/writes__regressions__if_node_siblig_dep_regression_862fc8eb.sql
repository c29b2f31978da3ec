-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Container" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Container_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordConfig" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "RecordConfig_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordLocation" (
    "id" INTEGER NOT NULL,
    "location" TEXT NOT NULL,

    CONSTRAINT "RecordLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordType" (
    "id" INTEGER NOT NULL,
    "type" TEXT NOT NULL,

    CONSTRAINT "RecordType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Record" (
    "id" INTEGER NOT NULL,
    "locationId" INTEGER NOT NULL,
    "recordTypeId" INTEGER NOT NULL,
    "configId" INTEGER,
    "containerId" INTEGER NOT NULL,

    CONSTRAINT "Record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecordLocation_location_key" ON "RecordLocation"("location");

-- CreateIndex
CREATE UNIQUE INDEX "RecordType_type_key" ON "RecordType"("type");

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "RecordLocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_recordTypeId_fkey" FOREIGN KEY ("recordTypeId") REFERENCES "RecordType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_configId_fkey" FOREIGN KEY ("configId") REFERENCES "RecordConfig"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_containerId_fkey" FOREIGN KEY ("containerId") REFERENCES "Container"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

