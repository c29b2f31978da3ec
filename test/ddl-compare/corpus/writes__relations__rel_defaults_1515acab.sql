-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "List" (
    "id" INTEGER NOT NULL,
    "name" TEXT,
    "todoId" INTEGER NOT NULL DEFAULT 1,
    "todoName" TEXT NOT NULL DEFAULT 'theTodo',

    CONSTRAINT "List_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Todo" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,

    CONSTRAINT "Todo_pkey" PRIMARY KEY ("id","name")
);

-- CreateIndex
CREATE UNIQUE INDEX "List_name_key" ON "List"("name");

-- AddForeignKey
ALTER TABLE "List" ADD CONSTRAINT "List_todoId_todoName_fkey" FOREIGN KEY ("todoId", "todoName") REFERENCES "Todo"("id", "name") ON DELETE RESTRICT ON UPDATE CASCADE;

