/*
 * db_push.c
 *		prisma.db_push(schema, accept_data_loss): make the database match a
 *		Prisma schema, as `prisma db push` does.
 *
 * The push first locks the catalog (AccessExclusiveLock on
 * prisma.active_schema), so pushes serialize and queries wait for it.  As
 * in Prisma, the new schema is diffed against the live tables of the
 * schemas it manages, introspected as db_pull reads them (db_pull.c), so
 * DDL run by hand is seen and tables the schema does not name are dropped.
 * The migration engine (migrate_*.c) yields Prisma's ordered steps, every
 * name qualified with its schema, and its destructive-change checks.  The checks are priced with COUNT queries;
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

#include "db_pull.h"
#include "ddl_exec.h"
#include "ddl_history.h"
#include "prisma_ext.h"

PG_FUNCTION_INFO_V1(prisma_db_push);

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
	PslSchema  *live;
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
	 * Lock the catalog, then read the live tables: concurrent pushes run one
	 * after the other, each diffing against what the one before it
	 * committed, and queries wait for the push to end.
	 */
	(void) schema_cache_acquire(AccessExclusiveLock);
	guc_nest = ddl_pin_settings();
	live = db_pull_load(arena, managed_schemas(to),
						psl_schema_is_multi(to), NULL);

	memset(&warnings, 0, sizeof(warnings));
	steps = migrate_diff_steps_live(arena, live, true, to, MS_NAMES_QUALIFIED, &warnings);

	SPI_connect();
	ddl_check_warnings(arena, &warnings, accept_data_loss, "db_push",
					   "prisma.db_push(schema, accept_data_loss => true)");
	history_set_context("db_push", NULL);
	ddl_execute_steps(&steps);
	history_set_context(NULL, NULL);
	SPI_finish();

	catalog_write(to, source);
	ddl_unpin_settings(guc_nest);
	script = migrate_render_script(arena, &steps);
	if (warnings.items.len > 0)
		ereport(NOTICE,
				(errmsg("db_push accepted data loss"),
				 errdetail("%s", ddl_bullet_list(&warnings.items))));
	PG_RETURN_TEXT_P(cstring_to_text(script));
}
