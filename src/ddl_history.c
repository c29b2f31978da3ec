/*
 * ddl_history.c
 *		The DDL history: event triggers on ddl_command_end and sql_drop
 *		record every DDL command in prisma.ddl_history, with the prisma_ext
 *		function (and migration) it ran under, or none when it ran by hand.
 *
 * The migrate functions and db_push say what runs (history_set_context)
 * and which statement (history_set_statement); a transaction's end clears
 * both, so an error never leaves them behind for later DDL.  DDL by hand
 * also invalidates the schema cache in every backend: a table or column
 * renamed or dropped outside prisma_ext never keeps a compiled query.
 *
 * prisma.ddl_history and prisma.migrations are written only here and in
 * migration_records.c, as the tables' owner (history_as_owner): the caller
 * needs no privilege on them, and a normal role cannot forge a record.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "tcop/tcopprot.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "ddl_history.h"
#include "prisma_ext.h"

PG_FUNCTION_INFO_V1(prisma_record_ddl);
PG_FUNCTION_INFO_V1(prisma_record_drop);

/* what is running: "migrate_dev", "db_push"...; NULL: DDL by hand */
static const char *current_via = NULL;
static char current_migration_id[MIGRATION_ID_LEN + 1];
/* the statement of a migration being executed, or NULL */
static char *current_statement = NULL;
static bool xact_callback_registered = false;

/* Nothing runs under prisma_ext any more. */
static void
clear_context(void)
{
	current_via = NULL;
	current_migration_id[0] = '\0';
	current_statement = NULL;
}

/* A transaction's end (commit, abort, prepare) clears the context. */
static void
history_xact_callback(XactEvent event, void *arg)
{
	if (event == XACT_EVENT_COMMIT || event == XACT_EVENT_ABORT || event == XACT_EVENT_PREPARE ||
		event == XACT_EVENT_PARALLEL_COMMIT || event == XACT_EVENT_PARALLEL_ABORT)
		clear_context();
}

/*
 * So does a subtransaction's abort (ROLLBACK TO, an EXCEPTION block): the
 * function that set the context failed inside it, and its statement's
 * memory is gone.
 */
static void
history_subxact_callback(SubXactEvent event, SubTransactionId sub, SubTransactionId parent, void *arg)
{
	if (event == SUBXACT_EVENT_ABORT_SUB)
		clear_context();
}

/* Register the callbacks once per backend. */
static void
register_callbacks(void)
{
	if (!xact_callback_registered)
	{
		RegisterXactCallback(history_xact_callback, NULL);
		RegisterSubXactCallback(history_subxact_callback, NULL);
		xact_callback_registered = true;
	}
}

void
history_set_context(const char *via, const char *migration_id)
{
	register_callbacks();
	current_via = via;
	strlcpy(current_migration_id, migration_id ? migration_id : "", sizeof(current_migration_id));
	current_statement = NULL;
}

void
history_set_statement(char *sql)
{
	register_callbacks();
	current_statement = sql;
}

char *
history_current_statement(void)
{
	return current_statement;
}

void
history_as_owner(HistoryOwner *saved)
{
	Oid			relid = catalog_relid("ddl_history");
	HeapTuple	tuple;
	Oid			owner;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("prisma_ext's history table prisma.ddl_history is missing"),
				 errhint("Recreate the extension: DROP EXTENSION prisma_ext; CREATE EXTENSION prisma_ext;")));
	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	GetUserIdAndSecContext(&saved->user, &saved->sec_context);
	SetUserIdAndSecContext(owner, saved->sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	/* as the owner, nothing of the caller's search_path is looked at */
	saved->guc_nest = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
}

void
history_restore_user(HistoryOwner *saved)
{
	AtEOXact_GUC(true, saved->guc_nest);
	SetUserIdAndSecContext(saved->user, saved->sec_context);
}

int64
history_last_id(void)
{
	int64		id = 0;

	SPI_connect();
	if (SPI_execute("SELECT pg_catalog.max(id) FROM prisma.ddl_history", true, 1) == SPI_OK_SELECT &&
		SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			id = DatumGetInt64(d);
	}
	SPI_finish();
	return id;
}

/*
 * Insert the rows of `source` (command_tag, object_type, schema_name,
 * object_identity) into prisma.ddl_history with who, the statement and
 * the context; returns how many.
 */
static uint64
record_rows(const char *source)
{
	Oid			types[4] = {NAMEOID, TEXTOID, TEXTOID, VARCHAROID};
	Datum		values[4];
	char		nulls[5] = "    ";
	const char *statement = current_statement ? current_statement : debug_query_string;
	HistoryOwner saved;
	uint64		n = 0;

	/* the extension itself is being dropped: nothing to record into */
	if (!OidIsValid(catalog_relid("ddl_history")))
		return 0;
	values[0] = DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(GetUserId(), false)));
	values[1] = statement ? CStringGetTextDatum(statement) : (Datum) 0;
	nulls[1] = statement ? ' ' : 'n';
	values[2] = current_via ? CStringGetTextDatum(current_via) : (Datum) 0;
	nulls[2] = current_via ? ' ' : 'n';
	values[3] = current_migration_id[0] ? CStringGetTextDatum(current_migration_id) : (Datum) 0;
	nulls[3] = current_migration_id[0] ? ' ' : 'n';

	history_as_owner(&saved);
	SPI_connect();
	if (SPI_execute_with_args(psprintf("INSERT INTO prisma.ddl_history (role, command_tag, object_type,"
									   " schema_name, object_identity, statement, via, migration_id)"
									   " SELECT $1, c.command_tag, c.object_type, c.schema_name,"
									   " c.object_identity, $2, $3, $4 FROM (%s) c", source),
							  4, types, values, nulls, false, 0) == SPI_OK_INSERT)
		n = SPI_processed;
	SPI_finish();
	history_restore_user(&saved);
	/* DDL by hand: every backend reloads the schema and compiles again */
	if (n > 0 && current_via == NULL)
		schema_cache_invalidate_all();
	return n;
}

/* A temporary object (schema pg_temp, pg_temp_N, pg_toast_temp_N) is left out of the history. */
#define NOT_TEMPORARY(col) \
	"(" col " IS NULL OR NOT (pg_catalog.starts_with(" col ", 'pg_temp') OR " \
	"pg_catalog.starts_with(" col ", 'pg_toast_temp')))"

/* ddl_command_end: the commands of the statement, without an extension's own objects. */
Datum
prisma_record_ddl(PG_FUNCTION_ARGS)
{
	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_EVENT_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("prisma._record_ddl() is an event trigger function")));
	record_rows("SELECT command_tag, object_type, schema_name, object_identity"
				" FROM pg_catalog.pg_event_trigger_ddl_commands()"
				" WHERE NOT in_extension AND " NOT_TEMPORARY("schema_name"));
	PG_RETURN_NULL();
}

/* sql_drop: each object the statement dropped, itself or by CASCADE. */
Datum
prisma_record_drop(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_EVENT_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("prisma._record_drop() is an event trigger function")));
	trigdata = (EventTriggerData *) fcinfo->context;
	record_rows(psprintf("SELECT %s AS command_tag, object_type, schema_name, object_identity"
						 " FROM pg_catalog.pg_event_trigger_dropped_objects()"
						 " WHERE (original OR normal) AND NOT is_temporary",
						 quote_literal_cstr(GetCommandTagName(trigdata->tag))));
	PG_RETURN_NULL();
}
