/*
 * ddl_exec.c
 *		Running migration steps in the backend: the settings they run under,
 *		the row counts of the destructive-change checks, and their execution
 *		through SPI.
 *
 * The steps come from the migration engine (migrate_*.c) with every name
 * qualified (MS_NAMES_QUALIFIED).  What the text still leaves for the
 * database to resolve, it resolves under pinned settings, set for the
 * duration of the push and restored after it (or by the abort):
 *   - search_path = pg_catalog, <the caller's schemas>, pg_temp: built-in
 *     types and operator classes (TEXT, JSONB, jsonb_path_ops) can only
 *     be pg_catalog's, temporary objects come last, and an extension's
 *     type, operator class or function named in the schema (CITEXT, a
 *     dbgenerated("uuid_generate_v4()")) is found as the caller would
 *     find it;
 *   - standard_conforming_strings = on: the literals (enum labels, string
 *     and Bytes defaults) are printed as Prisma prints them, with quotes
 *     doubled and backslashes as plain characters.
 * See "Name resolution" in prisma_ext.h for the convention as a whole.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/varlena.h"

#include "ddl_exec.h"
#include "prisma_ext.h"

/* "pg_catalog, <the caller's search_path without pg_catalog and pg_temp>, pg_temp" */
static char *
pinned_search_path(void)
{
	char	   *raw = pstrdup(namespace_search_path ? namespace_search_path : "");
	List	   *names;
	ListCell   *lc;
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "pg_catalog");
	if (SplitIdentifierString(raw, ',', &names))
		foreach(lc, names)
		{
			const char *name = lfirst(lc);

			if (strcmp(name, "pg_catalog") == 0 || strncmp(name, "pg_temp", 7) == 0)
				continue;
			appendStringInfo(&buf, ", %s", quote_identifier(name));
		}
	appendStringInfoString(&buf, ", pg_temp");
	return buf.data;
}

/* Set one setting at the current GUC nest level. */
static void
pin_setting(const char *name, const char *value)
{
	(void) set_config_option(name, value,
							 superuser() ? PGC_SUSET : PGC_USERSET,
							 PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
}

int
ddl_pin_settings(void)
{
	char	   *path = pinned_search_path();
	int			nest = NewGUCNestLevel();

	pin_setting("search_path", path);
	pin_setting("standard_conforming_strings", "on");
	return nest;
}

void
ddl_unpin_settings(int nest)
{
	AtEOXact_GUC(true, nest);
}

long long
ddl_count_rows(void *ctx, MigrateCount what, const char *schema, const char *table,
			   const char *column)
{
	PslArena   *arena = ctx;
	char	   *target = ms_qualified(arena, NULL, schema, table);
	char	   *sql;
	long long	n = -1;

	switch (what)
	{
		case MIGRATE_COUNT_ROWS:
			sql = psprintf("SELECT pg_catalog.count(*) FROM %s", target);
			break;
		case MIGRATE_COUNT_NON_NULL:
			sql = psprintf("SELECT pg_catalog.count(*) FROM %s WHERE %s IS NOT NULL", target,
						   ms_quote_ident(arena, column));
			break;
		case MIGRATE_COUNT_NULL:
			sql = psprintf("SELECT pg_catalog.count(*) FROM %s WHERE %s IS NULL", target,
						   ms_quote_ident(arena, column));
			break;
		default:
			return -1;
	}
	if (SPI_execute(sql, true, 1) == SPI_OK_SELECT && SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			n = DatumGetInt64(d);
	}
	return n;
}

void
ddl_execute_steps(PslVec *steps)
{
	int			i,
				j;

	for (i = 0; i < steps->len; i++)
	{
		MigrateStep *step = steps->items[i];

		for (j = 0; j < step->statements.len; j++)
		{
			const char *sql = step->statements.items[j];
			int			rc;

			CHECK_FOR_INTERRUPTS();
			/* the caller's transaction already makes the steps atomic */
			if (strcmp(sql, "BEGIN") == 0 || strcmp(sql, "COMMIT") == 0)
				continue;
			/* CREATE SCHEMA IF NOT EXISTS of a present schema: skip its NOTICE */
			if (step->kind == MIGRATE_CREATE_SCHEMA && step->object &&
				OidIsValid(get_namespace_oid(step->object, true)))
				continue;
			/* likewise an extension already installed */
			if (step->kind == MIGRATE_CREATE_EXTENSION && step->object &&
				OidIsValid(get_extension_oid(step->object, true)))
				continue;
			rc = SPI_execute(sql, false, 0);
			if (rc < 0)
				elog(ERROR, "prisma_ext: SPI_execute failed (%d) on: %s", rc, sql);
		}
	}
}
