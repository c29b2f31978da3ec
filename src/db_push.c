/*
 * db_push.c
 *		prisma.db_push(schema, accept_data_loss): make the database match a
 *		Prisma schema, as `prisma db push` does.
 *
 * The new schema is diffed against the active one in the catalog (or
 * against nothing on the first push) with the migration engine
 * (migrate_*.c), which yields Prisma's ordered steps and its
 * destructive-change checks.  The checks are priced with COUNT queries;
 * unexecutable steps always refuse, data-loss warnings refuse unless
 * accept_data_loss.  The statements then run through SPI in the caller's
 * transaction, the catalog is rewritten, and the script is returned.  Any
 * error rolls everything back, so a failed push leaves nothing behind.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "migrate.h"
#include "prisma_ext.h"

PG_FUNCTION_INFO_V1(prisma_db_push);

/* Row counter for the destructive-change checks. */
static long long
count_rows(void *ctx, MigrateCount what, const char *schema, const char *table,
		   const char *column)
{
	PslArena   *arena = ctx;
	char	   *target = ms_qualified(arena, "", schema, table);
	char	   *sql;
	long long	n = -1;

	switch (what)
	{
		case MIGRATE_COUNT_ROWS:
			sql = psprintf("SELECT count(*) FROM %s", target);
			break;
		case MIGRATE_COUNT_NON_NULL:
			sql = psprintf("SELECT count(*) FROM %s WHERE %s IS NOT NULL", target,
						   ms_quote_ident(arena, column));
			break;
		case MIGRATE_COUNT_NULL:
			sql = psprintf("SELECT count(*) FROM %s WHERE %s IS NULL", target,
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

/* "  • line" for each message, as Prisma's CLI lists them. */
static char *
bullet_list(PslVec *messages)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < messages->len; i++)
		appendStringInfo(&buf, "%s  • %s", i ? "\n" : "", (char *) messages->items[i]);
	return buf.data;
}

/* Run the statements of every step; BEGIN/COMMIT of enum rebuilds are skipped. */
static void
execute_steps(PslVec *steps)
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
			/* the caller's transaction already makes the push atomic */
			if (strcmp(sql, "BEGIN") == 0 || strcmp(sql, "COMMIT") == 0)
				continue;
			/* CREATE SCHEMA IF NOT EXISTS of a present schema: skip its NOTICE */
			if (step->kind == MIGRATE_CREATE_SCHEMA && step->object &&
				OidIsValid(get_namespace_oid(step->object, true)))
				continue;
			rc = SPI_execute(sql, false, 0);
			if (rc < 0)
				elog(ERROR, "prisma_ext: SPI_execute failed (%d) on: %s", rc, sql);
		}
	}
}

/*
 * prisma.db_push(schema text, accept_data_loss boolean) returns text
 */
Datum
prisma_db_push(PG_FUNCTION_ARGS)
{
	text	   *src;
	bool		accept_data_loss = PG_ARGISNULL(1) ? false : PG_GETARG_BOOL(1);
	PslArena   *arena = psl_arena_create();
	char	   *source;
	PslSchema  *to;
	PslSchema  *from = NULL;
	MigrateWarnings warnings;
	PslVec		steps;
	char	   *script;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("schema must not be NULL")));
	src = PG_GETARG_TEXT_PP(0);
	source = text_to_cstring(src);
	to = psl_load_or_error(arena, source, (int) strlen(source), NULL);

	/* the active schema, parsed once per backend by the schema cache */
	from = schema_cache_get();

	memset(&warnings, 0, sizeof(warnings));
	steps = migrate_diff_steps(arena, from, to, &warnings);

	SPI_connect();
	migrate_render_warnings(arena, &warnings, count_rows, arena);
	if (warnings.unexecutable.len > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("db_push found changes that cannot be executed"),
				 errdetail("%s", bullet_list(&warnings.unexecutable)),
				 errhint("Add a default value, make the column optional, or empty the table first.")));
	if (warnings.items.len > 0 && !accept_data_loss)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("db_push would lose data"),
				 errdetail("There might be data loss when applying the changes:\n\n%s",
						   bullet_list(&warnings.items)),
				 errhint("Run prisma.db_push(schema, accept_data_loss => true) to apply them anyway.")));
	execute_steps(&steps);
	SPI_finish();

	catalog_write(to, source);
	script = migrate_render_script(arena, &steps);
	if (warnings.items.len > 0)
		ereport(NOTICE,
				(errmsg("db_push accepted data loss"),
				 errdetail("%s", bullet_list(&warnings.items))));
	PG_RETURN_TEXT_P(cstring_to_text(script));
}
