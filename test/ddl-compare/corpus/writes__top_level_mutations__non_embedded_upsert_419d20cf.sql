-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "List" (
    "id" INTEGER NOT NULL,
    "uList" TEXT,
    "todoId" INTEGER,

    CONSTRAINT "List_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Todo" (
    "id" INTEGER NOT NULL,
    "uTodo" TEXT,

    CONSTRAINT "Todo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "List_uList_key" ON "List"("uList");

-- CreateIndex
CREATE UNIQUE INDEX "List_todoId_key" ON "List"("todoId");

-- CreateIndex
CREATE UNIQUE INDEX "Todo_uTodo_key" ON "Todo"("uTodo");

-- AddForeignKey
ALTER TABLE "List" ADD CONSTRAINT "List_todoId_fkey" FOREIGN KEY ("todoId") REFERENCES "Todo"("id") ON DELETE SET NULL ON UPDATE CASCADE;

