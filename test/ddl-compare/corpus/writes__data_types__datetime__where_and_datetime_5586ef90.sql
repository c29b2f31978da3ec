-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "outerString" TEXT NOT NULL,
    "outerDateTime" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Todo" (
    "id" TEXT NOT NULL,
    "innerString" TEXT NOT NULL,
    "innerDateTime" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Todo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_NoteToTodo" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NoteToTodo_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Note_outerDateTime_key" ON "Note"("outerDateTime");

-- CreateIndex
CREATE UNIQUE INDEX "Todo_innerDateTime_key" ON "Todo"("innerDateTime");

-- CreateIndex
CREATE INDEX "_NoteToTodo_B_index" ON "_NoteToTodo"("B");

-- AddForeignKey
ALTER TABLE "_NoteToTodo" ADD CONSTRAINT "_NoteToTodo_A_fkey" FOREIGN KEY ("A") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NoteToTodo" ADD CONSTRAINT "_NoteToTodo_B_fkey" FOREIGN KEY ("B") REFERENCES "Todo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

