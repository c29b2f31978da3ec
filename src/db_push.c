/*
 * db_push.c
 *		prisma.db_push(schema, accept_data_loss): make the database match a
 *		Prisma schema, as `prisma db push` does.
 *
 * The push first locks the catalog (AccessExclusiveLock on
 * prisma.active_schema), so pushes serialize and queries wait for it.  The
 * new schema is then diffed against the active one (or against nothing on
 * the first push) with the migration engine (migrate_*.c), which yields
 * Prisma's ordered steps, every name qualified with its schema, and its
 * destructive-change checks.  The checks are priced with COUNT queries;
 * unexecutable steps always refuse, data-loss warnings refuse unless
 * accept_data_loss.  The statements then run through SPI in the caller's
 * transaction under pinned settings (ddl_exec.c), the catalog is
 * rewritten, and the script that ran is returned.  Any error rolls
 * everything back, so a failed push leaves nothing behind.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "miscadmin.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "ddl_exec.h"
#include "prisma_ext.h"

PG_FUNCTION_INFO_V1(prisma_db_push);

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
	int			guc_nest;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("schema must not be NULL")));
	src = PG_GETARG_TEXT_PP(0);
	source = text_to_cstring(src);
	to = psl_load_or_error(arena, source, (int) strlen(source), NULL);

	/*
	 * Lock the catalog, then read the active schema: concurrent pushes run
	 * one after the other, each diffing against what the one before it
	 * committed, and queries wait for the push to end.
	 */
	from = schema_cache_acquire(AccessExclusiveLock);
	guc_nest = ddl_pin_settings();

	memset(&warnings, 0, sizeof(warnings));
	steps = migrate_diff_steps(arena, from, to, MS_NAMES_QUALIFIED, &warnings);

	SPI_connect();
	migrate_render_warnings(arena, &warnings, ddl_count_rows, arena);
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
	ddl_execute_steps(&steps);
	SPI_finish();

	catalog_write(to, source);
	ddl_unpin_settings(guc_nest);
	script = migrate_render_script(arena, &steps);
	if (warnings.items.len > 0)
		ereport(NOTICE,
				(errmsg("db_push accepted data loss"),
				 errdetail("%s", bullet_list(&warnings.items))));
	PG_RETURN_TEXT_P(cstring_to_text(script));
}
