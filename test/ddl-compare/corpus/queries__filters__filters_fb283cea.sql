-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "unique" INTEGER NOT NULL,
    "name" TEXT,
    "optional" TEXT,
    "vehicle_id" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vehicle" (
    "id" TEXT NOT NULL,
    "unique" INTEGER NOT NULL,
    "brand" TEXT,
    "parked" BOOLEAN,

    CONSTRAINT "Vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParkingLot" (
    "id" TEXT NOT NULL,
    "unique" INTEGER NOT NULL,
    "area" TEXT,
    "size" DOUBLE PRECISION,
    "capacity" INTEGER,

    CONSTRAINT "ParkingLot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_unique_key" ON "User"("unique");

-- CreateIndex
CREATE UNIQUE INDEX "User_vehicle_id_key" ON "User"("vehicle_id");

-- CreateIndex
CREATE UNIQUE INDEX "Vehicle_unique_key" ON "Vehicle"("unique");

-- CreateIndex
CREATE UNIQUE INDEX "ParkingLot_unique_key" ON "ParkingLot"("unique");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "Vehicle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

