/*
 * migrate_render.c
 *		SQL rendering of the migration engine, following Prisma's PostgreSQL
 *		renderer: statement builders used by the differ, the script printer
 *		(`prisma migrate diff --script` layout) and the warning texts of the
 *		destructive-change checker.
 */
#include <stdio.h>
#include <string.h>

#include "migrate.h"
#include "migrate_int.h"

/* `"col" TYPE[ NOT NULL][ DEFAULT x]` */
char *
ms_render_column(PslArena *arena, MsColumn *c)
{
	PslBuf		b;

	psl_buf_init(&b);
	psl_buf_printf(&b, "%s %s", ms_quote_ident(arena, c->name), c->type_sql);
	if (c->not_null && !c->is_list)
		psl_buf_puts(&b, " NOT NULL");
	if (c->default_sql != NULL && c->default_kind != MS_DEFAULT_SEQUENCE &&
		!c->autoincrement)
		psl_buf_printf(&b, " DEFAULT %s", c->default_sql);
	return psl_buf_finish(&b, arena);
}

/* Quoted names joined by sep. */
static char *
join_idents(PslArena *arena, PslVec *names, const char *sep)
{
	PslBuf		b;
	int			i;

	psl_buf_init(&b);
	for (i = 0; i < names->len; i++)
	{
		if (i > 0)
			psl_buf_puts(&b, sep);
		psl_buf_puts(&b, ms_quote_ident(arena, names->items[i]));
	}
	return psl_buf_finish(&b, arena);
}

/* CREATE TABLE with columns and primary key. */
char *
ms_render_create_table(PslArena *arena, MsSchema *s, MsTable *t)
{
	PslBuf		b;
	int			i;

	psl_buf_init(&b);
	psl_buf_printf(&b, "CREATE TABLE %s (\n",
				   ms_name(arena, s, t->schema, t->name));
	for (i = 0; i < t->columns.len; i++)
	{
		if (i > 0)
			psl_buf_puts(&b, ",\n");
		psl_buf_printf(&b, "    %s", ms_render_column(arena, t->columns.items[i]));
	}
	if (t->pk_name != NULL)
		psl_buf_printf(&b, ",\n\n    CONSTRAINT %s PRIMARY KEY (%s)",
					   ms_quote_ident(arena, t->pk_name),
					   join_idents(arena, &t->pk_columns, ","));
	psl_buf_puts(&b, "\n)");
	return psl_buf_finish(&b, arena);
}

/* CREATE [UNIQUE ]INDEX "name" ON t[ USING ALGO ](cols) */
char *
ms_render_create_index(PslArena *arena, MsSchema *s, MsTable *t, MsIndex *ix)
{
	PslBuf		b;
	int			i;

	psl_buf_init(&b);
	psl_buf_printf(&b, "CREATE %sINDEX %s ON %s", ix->unique ? "UNIQUE " : "",
				   ms_quote_ident(arena, ix->name),
				   ms_name(arena, s, t->schema, t->name));
	if (ix->algorithm)
		psl_buf_printf(&b, " USING %s (", ix->algorithm);
	else
		psl_buf_putc(&b, '(');
	for (i = 0; i < ix->columns.len; i++)
	{
		MsIndexColumn *c = ix->columns.items[i];

		if (i > 0)
			psl_buf_puts(&b, ", ");
		psl_buf_puts(&b, ms_quote_ident(arena, c->column));
		if (c->desc)
			psl_buf_puts(&b, " DESC");
		if (c->opclass)
			psl_buf_printf(&b, " %s", c->opclass);
	}
	psl_buf_putc(&b, ')');
	return psl_buf_finish(&b, arena);
}

/* ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (...) REFERENCES r(...) ... */
char *
ms_render_add_fk(PslArena *arena, MsSchema *s, MsTable *t, MsForeignKey *fk)
{
	return psl_printf(arena,
					  "ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s(%s) ON DELETE %s ON UPDATE %s",
					  ms_name(arena, s, t->schema, t->name),
					  ms_quote_ident(arena, fk->name),
					  join_idents(arena, &fk->columns, ", "),
					  ms_name(arena, s, fk->ref_schema, fk->ref_table),
					  join_idents(arena, &fk->ref_columns, ", "),
					  fk->on_delete, fk->on_update);
}

/* CREATE TYPE e AS ENUM ('a', 'b') */
char *
ms_render_create_enum(PslArena *arena, MsSchema *s, MsEnum *e, const char *name)
{
	PslBuf		b;
	int			i;

	psl_buf_init(&b);
	psl_buf_printf(&b, "CREATE TYPE %s AS ENUM (",
				   ms_name(arena, s, e->schema, name));
	for (i = 0; i < e->values.len; i++)
	{
		if (i > 0)
			psl_buf_puts(&b, ", ");
		psl_buf_puts(&b, ms_quote_literal(arena, e->values.items[i]));
	}
	psl_buf_putc(&b, ')');
	return psl_buf_finish(&b, arena);
}

/* Render steps as the CLI prints them. */
char *
migrate_render_script(PslArena *arena, PslVec *steps)
{
	PslBuf		b;
	int			i,
				j;

	psl_buf_init(&b);
	if (steps->len == 0)
	{
		psl_buf_puts(&b, "-- This is an empty migration.\n\n");
		return psl_buf_finish(&b, arena);
	}
	for (i = 0; i < steps->len; i++)
	{
		MigrateStep *st = steps->items[i];

		psl_buf_printf(&b, "-- %s\n", st->header);
		if (st->comment)
			psl_buf_puts(&b, st->comment);
		for (j = 0; j < st->statements.len; j++)
			psl_buf_printf(&b, "%s;\n", (char *) st->statements.items[j]);
		psl_buf_putc(&b, '\n');
	}
	return psl_buf_finish(&b, arena);
}

/* The text of one check given its count (-1 = unknown); NULL if silent. */
char *
migrate_check_message(PslArena *arena, MigrateCheck *c, long long n)
{
	const char *col = c->column ? c->column : "";
	const char *tab = c->table ? c->table : "";

	if (n == 0 && c->count != MIGRATE_COUNT_NONE)
		return NULL;
	switch (c->kind)
	{
		case MIGRATE_CHECK_TABLE_DROP:
			if (n < 0)
				return psl_printf(arena, "You are about to drop the `%s` table. If the table is not empty, all the data it contains will be lost.", tab);
			return psl_printf(arena, "You are about to drop the `%s` table, which is not empty (%lld rows).", tab, n);
		case MIGRATE_CHECK_COLUMN_DROP:
			if (n < 0)
				return psl_printf(arena, "You are about to drop the column `%s` on the `%s` table. All the data in the column will be lost.", col, tab);
			return psl_printf(arena, "You are about to drop the column `%s` on the `%s` table, which still contains %lld non-null values.", col, tab, n);
		case MIGRATE_CHECK_RISKY_CAST:
			if (n < 0)
				return psl_printf(arena, "You are about to alter the column `%s` on the `%s` table. The data in that column could be lost. The data in that column will be cast from `%s` to `%s`.", col, tab, c->prev_type, c->next_type);
			return psl_printf(arena, "You are about to alter the column `%s` on the `%s` table, which contains %lld non-null values. The data in that column will be cast from `%s` to `%s`.", col, tab, n, c->prev_type, c->next_type);
		case MIGRATE_CHECK_NOT_CASTABLE:
			if (n < 0)
				return psl_printf(arena, "You are about to alter the column `%s` on the `%s` table. The data in that column could be lost. The data in that column will be cast from `%s` to `%s`. This cast may fail. Please make sure the data in the column can be cast.", col, tab, c->prev_type, c->next_type);
			return psl_printf(arena, "You are about to alter the column `%s` on the `%s` table, which contains %lld non-null values. The data in that column will be cast from `%s` to `%s`. This cast may fail. Please make sure the data in the column can be cast.", col, tab, n, c->prev_type, c->next_type);
		case MIGRATE_CHECK_DROP_RECREATE_COLUMN:
			if (n < 0)
				return psl_printf(arena, "The `%s` column on the `%s` table would be dropped and recreated. This will lead to data loss if there is data in the column.", col, tab);
			return psl_printf(arena, "The `%s` column on the `%s` table would be dropped and recreated. This will lead to data loss.", col, tab);
		case MIGRATE_CHECK_PRIMARY_KEY_CHANGE:
			return psl_printf(arena, "The primary key for the `%s` table will be changed. If it partially fails, the table could be left without primary key constraint.", tab);
		case MIGRATE_CHECK_UNIQUE_ADDITION:
			return psl_printf(arena, "A unique constraint covering the columns `[%s]` on the table `%s` will be added. If there are existing duplicate values, this will fail.", c->detail, tab);
		case MIGRATE_CHECK_ENUM_VALUE_REMOVAL:
			return psl_printf(arena, "The values [%s] on the enum `%s` will be removed. If these variants are still used in the database, this will fail.", c->detail, tab);
		case MIGRATE_CHECK_ADD_REQUIRED_COLUMN:
			if (n < 0)
				return psl_printf(arena, "Added the required column `%s` to the `%s` table without a default value. This is not possible if the table is not empty.", col, tab);
			return psl_printf(arena, "Added the required column `%s` to the `%s` table without a default value. There are %lld rows in this table, it is not possible to execute this step.", col, tab, n);
		case MIGRATE_CHECK_ADD_REQUIRED_PRISMA_DEFAULT:
			if (n < 0)
				return psl_printf(arena, "The required column `%s` was added to the `%s` table with a prisma-level default value. This is not possible if the table is not empty. Please add this column as optional, then populate it before making it required.", col, tab);
			return psl_printf(arena, "The required column `%s` was added to the `%s` table with a prisma-level default value. There are %lld rows in this table, it is not possible to execute this step. Please add this column as optional, then populate it before making it required.", col, tab, n);
		case MIGRATE_CHECK_DROP_RECREATE_REQUIRED:
			if (n < 0)
				return psl_printf(arena, "Changed the type of `%s` on the `%s` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.", col, tab);
			return psl_printf(arena, "Changed the type of `%s` on the `%s` table. No cast exists, the column would be dropped and recreated, which cannot be done since the column is required and there is data in the table.", col, tab);
		case MIGRATE_CHECK_MADE_REQUIRED:
			if (n < 0)
				return psl_printf(arena, "Made the column `%s` on table `%s` required. This step will fail if there are existing NULL values in that column.", col, tab);
			return psl_printf(arena, "Made the column `%s` on table `%s` required, but there are %lld existing NULL values.", col, tab, n);
		case MIGRATE_CHECK_SCALAR_TO_LIST:
			if (n < 0)
				return psl_printf(arena, "Changed the column `%s` on the `%s` table from a scalar field to a list field. If there are non-null values in that column, this step will fail.", col, tab);
			return psl_printf(arena, "Changed the column `%s` on the `%s` table from a scalar field to a list field. There are %lld existing non-null values in that column, this step cannot be executed.", col, tab, n);
	}
	return NULL;
}

/* Fill warnings->items / ->unexecutable from the checks and row counts. */
void
migrate_render_warnings(PslArena *arena, MigrateWarnings *w,
						MigrateCountFn count_fn, void *ctx)
{
	int			i;

	for (i = 0; i < w->checks.len; i++)
	{
		MigrateCheck *c = w->checks.items[i];
		long long	n = -1;
		char	   *msg;

		if (c->count != MIGRATE_COUNT_NONE && count_fn != NULL)
			n = count_fn(ctx, c->count, c->schema, c->table, c->column);
		msg = migrate_check_message(arena, c, n);
		if (msg == NULL)
			continue;
		psl_vec_push(arena, c->unexecutable ? &w->unexecutable : &w->items, msg);
	}
}
