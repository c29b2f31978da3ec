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
#include "tcop/tcopprot.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/varlena.h"

#include "ddl_exec.h"
#include "ddl_history.h"
#include "nodes/parsenodes.h"
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

/*
 * A migration's own text names its tables without a schema, as Prisma
 * writes it: "<default schema>, <the caller's schemas>, pg_temp", with
 * pg_catalog left out, so that PostgreSQL searches it first (built-in
 * types and functions cannot be shadowed) while unqualified names are
 * created in the default schema, as `prisma migrate deploy` creates them.
 */
int
ddl_pin_migration_settings(const char *default_schema)
{
	char	   *caller = pinned_search_path();
	int			nest = NewGUCNestLevel();

	/* the caller's schemas: what follows "pg_catalog, " up to ", pg_temp" */
	caller = pnstrdup(caller + strlen("pg_catalog"), strlen(caller) - strlen("pg_catalog") - strlen(", pg_temp"));
	pin_setting("search_path", psprintf("%s%s, pg_temp", quote_identifier(default_schema), caller));
	pin_setting("standard_conforming_strings", "on");
	return nest;
}

/*
 * db_pull parses the text of column defaults, which the session's output
 * settings would change: bytea in hex, strings without E'', floats
 * exact, dates in ISO.
 */
int
ddl_pin_output_settings(void)
{
	int			nest = NewGUCNestLevel();

	pin_setting("bytea_output", "hex");
	pin_setting("standard_conforming_strings", "on");
	pin_setting("extra_float_digits", "1");
	pin_setting("DateStyle", "ISO, MDY");
	pin_setting("IntervalStyle", "postgres");
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
			history_set_statement((char *) sql);
			rc = SPI_execute(sql, false, 0);
			if (rc < 0)
				elog(ERROR, "prisma_ext: SPI_execute failed (%d) on: %s", rc, sql);
		}
	}
	history_set_statement(NULL);
}

int
ddl_execute_script(const char *script)
{
	List	   *stmts = pg_parse_query(script);
	ListCell   *lc;
	int			n = 0;

	foreach(lc, stmts)
	{
		RawStmt    *raw = lfirst_node(RawStmt, lc);
		char	   *sql;
		int			rc;

		CHECK_FOR_INTERRUPTS();
		/* the migration already runs in a transaction of its own */
		if (IsA(raw->stmt, TransactionStmt))
			continue;
		sql = raw->stmt_len > 0 ? pnstrdup(script + raw->stmt_location, raw->stmt_len)
			: pstrdup(script + raw->stmt_location);
		history_set_statement(sql);
		rc = SPI_execute(sql, false, 0);
		if (rc < 0)
			elog(ERROR, "prisma_ext: SPI_execute failed (%d) on: %s", rc, sql);
		n++;
	}
	history_set_statement(NULL);
	return n;
}

/* "  • line" for each message, as Prisma's CLI lists them. */
char *
ddl_bullet_list(PslVec *messages)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < messages->len; i++)
		appendStringInfo(&buf, "%s  • %s", i ? "\n" : "", (char *) messages->items[i]);
	return buf.data;
}

void
ddl_check_warnings(PslArena *arena, MigrateWarnings *warnings, bool accept_data_loss,
				   const char *function, const char *retry)
{
	migrate_render_warnings(arena, warnings, ddl_count_rows, arena);
	if (warnings->unexecutable.len > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("%s found changes that cannot be executed", function),
				 errdetail("%s", ddl_bullet_list(&warnings->unexecutable)),
				 errhint("Add a default value, make the column optional, or empty the table first.")));
	if (warnings->items.len > 0 && !accept_data_loss)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("%s would lose data", function),
				 errdetail("There might be data loss when applying the changes:\n\n%s",
						   ddl_bullet_list(&warnings->items)),
				 errhint("Run %s to apply them anyway.", retry)));
}
