/*
 * migration_records.c
 *		The migration records (prisma.migrations): reading and writing them,
 *		their checksums, running a migration so that its record survives a
 *		failure, and the drift the DDL history shows.
 *
 * A record's state follows Prisma's _prisma_migrations: applied when
 * finished, failed when started and neither finished nor rolled back,
 * rolled back when marked so; ours adds pending, a migration recorded by
 * migrate_dev(create_only) and not started yet.
 *
 * A migration runs in a subtransaction (migration_run): when a statement
 * fails, everything it did is rolled back, the error is kept, and the
 * caller records the failure in its own (still valid) transaction.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "common/cryptohash.h"
#include "common/sha2.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/snapmgr.h"

#include "db_pull.h"
#include "ddl_exec.h"
#include "migrate.h"
#include "ddl_history.h"
#include "migration_records.h"
#include "prisma_ext.h"

char *
migration_checksum(const char *script)
{
	pg_cryptohash_ctx *ctx = pg_cryptohash_create(PG_SHA256);
	uint8		digest[PG_SHA256_DIGEST_LENGTH];
	char	   *hex = palloc(PG_SHA256_DIGEST_LENGTH * 2 + 1);
	int			i;

	if (pg_cryptohash_init(ctx) < 0 ||
		pg_cryptohash_update(ctx, (const uint8 *) script, strlen(script)) < 0 ||
		pg_cryptohash_final(ctx, digest, sizeof(digest)) < 0)
		elog(ERROR, "could not compute a SHA-256 checksum: %s", pg_cryptohash_error(ctx));
	pg_cryptohash_free(ctx);
	for (i = 0; i < PG_SHA256_DIGEST_LENGTH; i++)
		sprintf(hex + 2 * i, "%02x", digest[i]);
	return hex;
}

/* A random (version 4) UUID's text, a record's id as Prisma makes it. */
static char *
new_migration_id(void)
{
	uint8		b[16];

	if (!pg_strong_random(b, sizeof(b)))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not generate a random migration id")));
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	return psprintf("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
					b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
					b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

/* Run one statement on the records as their owner; nulls as SPI takes them. */
static void
records_exec(const char *sql, int nargs, Oid *types, Datum *values, const char *nulls)
{
	HistoryOwner saved;

	history_as_owner(&saved);
	SPI_connect();
	if (SPI_execute_with_args(sql, nargs, types, values, nulls, false, 0) < 0)
		elog(ERROR, "prisma_ext: could not write prisma.migrations: %s", sql);
	SPI_finish();
	history_restore_user(&saved);
}

/* A text column of the current SPI row, copied into cxt (NULL stays NULL). */
static char *
column_text(MemoryContext cxt, HeapTuple row, TupleDesc desc, int col)
{
	char	   *v = SPI_getvalue(row, desc, col);

	return v ? MemoryContextStrdup(cxt, v) : NULL;
}

/*
 * A SELECT (inside SPI_connect) with the latest snapshot, not the
 * statement's: the caller holds the migrate locks, which it may have
 * waited for, and must see what the command before it committed (as
 * catalog_active_source reads the active schema).
 */
static int
latest_select(const char *sql, int nargs, Oid *types, Datum *values)
{
	SPIPlanPtr	plan = SPI_prepare(sql, nargs, types);

	if (plan == NULL)
		elog(ERROR, "prisma_ext: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	return SPI_execute_snapshot(plan, values, NULL, GetLatestSnapshot(), InvalidSnapshot,
								true, false, 0);
}

List *
migration_records(void)
{
	MemoryContext caller = CurrentMemoryContext;
	List	   *records = NIL;
	uint64		i;

	SPI_connect();
	if (latest_select("SELECT id, migration_name, checksum, script, schema,"
					  " CASE WHEN rolled_back_at IS NOT NULL THEN 3 WHEN started_at IS NULL THEN 0"
					  " WHEN finished_at IS NOT NULL THEN 1 ELSE 2 END"
					  " FROM prisma.migrations ORDER BY migration_name COLLATE \"C\", recorded_at",
					  0, NULL, NULL) != SPI_OK_SELECT)
		elog(ERROR, "prisma_ext: could not read prisma.migrations");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	row = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		Migration  *m = MemoryContextAllocZero(caller, sizeof(Migration));
		MemoryContext spi = MemoryContextSwitchTo(caller);

		m->id = column_text(caller, row, desc, 1);
		m->name = column_text(caller, row, desc, 2);
		m->checksum = column_text(caller, row, desc, 3);
		m->script = column_text(caller, row, desc, 4);
		m->schema = column_text(caller, row, desc, 5);
		m->state = (MigrationState) atoi(SPI_getvalue(row, desc, 6));
		records = lappend(records, m);
		MemoryContextSwitchTo(spi);
	}
	SPI_finish();
	return records;
}

Migration *
migration_find(List *records, const char *name)
{
	Migration  *found = NULL;
	ListCell   *lc;

	foreach(lc, records)
	{
		Migration  *m = lfirst(lc);

		if (strcmp(m->name, name) == 0)
			found = m;
	}
	return found;
}

Migration *
migration_record(const char *name, const char *script, const char *schema, bool start)
{
	Migration  *m = palloc0(sizeof(Migration));
	Oid			types[5] = {VARCHAROID, VARCHAROID, VARCHAROID, TEXTOID, TEXTOID};
	Datum		values[5];
	char		nulls[6] = "     ";

	m->id = new_migration_id();
	m->name = pstrdup(name);
	m->script = pstrdup(script);
	m->schema = schema ? pstrdup(schema) : NULL;
	m->checksum = migration_checksum(script);
	m->state = start ? MIGRATION_FAILED : MIGRATION_PENDING;
	values[0] = CStringGetTextDatum(m->id);
	values[1] = CStringGetTextDatum(m->checksum);
	values[2] = CStringGetTextDatum(m->name);
	values[3] = CStringGetTextDatum(m->script);
	values[4] = schema ? CStringGetTextDatum(schema) : (Datum) 0;
	nulls[4] = schema ? ' ' : 'n';
	records_exec(start
				 ? "INSERT INTO prisma.migrations (id, checksum, migration_name, script, schema, started_at)"
				 " VALUES ($1, $2, $3, $4, $5, pg_catalog.now())"
				 : "INSERT INTO prisma.migrations (id, checksum, migration_name, script, schema)"
				 " VALUES ($1, $2, $3, $4, $5)",
				 5, types, values, nulls);
	return m;
}

void
migration_start(Migration *m, const char *script, const char *schema)
{
	Oid			types[4] = {VARCHAROID, VARCHAROID, TEXTOID, TEXTOID};
	Datum		values[4];
	char		nulls[5] = "    ";

	m->script = pstrdup(script);
	m->checksum = migration_checksum(script);
	if (schema)
		m->schema = pstrdup(schema);
	values[0] = CStringGetTextDatum(m->id);
	values[1] = CStringGetTextDatum(m->checksum);
	values[2] = CStringGetTextDatum(m->script);
	values[3] = m->schema ? CStringGetTextDatum(m->schema) : (Datum) 0;
	nulls[3] = m->schema ? ' ' : 'n';
	records_exec("UPDATE prisma.migrations SET checksum = $2, script = $3, schema = $4,"
				 " started_at = pg_catalog.now() WHERE id OPERATOR(pg_catalog.=) $1::pg_catalog.text",
				 4, types, values, nulls);
	m->state = MIGRATION_FAILED;
}

void
migration_finish(Migration *m, int steps, bool accept_history)
{
	Oid			types[3] = {VARCHAROID, INT4OID, INT8OID};
	Datum		values[3];
	char		nulls[4] = "   ";

	values[0] = CStringGetTextDatum(m->id);
	values[1] = Int32GetDatum(steps);
	values[2] = Int64GetDatum(accept_history ? history_last_id() : 0);
	nulls[2] = accept_history ? ' ' : 'n';
	records_exec("UPDATE prisma.migrations SET finished_at = pg_catalog.now(), applied_steps_count = $2,"
				 " history_mark = $3, started_at = COALESCE(started_at, pg_catalog.now())"
				 " WHERE id OPERATOR(pg_catalog.=) $1::pg_catalog.text",
				 3, types, values, nulls);
	m->state = MIGRATION_APPLIED;
}

void
migration_fail(Migration *m, const char *logs)
{
	Oid			types[2] = {VARCHAROID, TEXTOID};
	Datum		values[2];

	values[0] = CStringGetTextDatum(m->id);
	values[1] = CStringGetTextDatum(logs);
	records_exec("UPDATE prisma.migrations SET logs = $2 WHERE id OPERATOR(pg_catalog.=) $1::pg_catalog.text",
				 2, types, values, NULL);
	m->state = MIGRATION_FAILED;
}

void
migration_roll_back(Migration *m)
{
	Oid			types[1] = {VARCHAROID};
	Datum		values[1];

	values[0] = CStringGetTextDatum(m->id);
	records_exec("UPDATE prisma.migrations SET rolled_back_at = pg_catalog.now()"
				 " WHERE id OPERATOR(pg_catalog.=) $1::pg_catalog.text",
				 1, types, values, NULL);
	m->state = MIGRATION_ROLLED_BACK;
}

void
migration_forget_all(void)
{
	records_exec("DELETE FROM prisma.migrations", 0, NULL, NULL, NULL);
}

/* Prisma's log of a failed migration: the code, the message, the statement. */
static char *
failure_log(ErrorData *e, const char *statement)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "Database error code: %s\n\nDatabase error:\nERROR: %s",
					 unpack_sql_state(e->sqlerrcode), e->message);
	if (e->detail)
		appendStringInfo(&buf, "\nDETAIL: %s", e->detail);
	if (statement)
		appendStringInfo(&buf, "\n\nStatement:\n%s", statement);
	return buf.data;
}

char *
migration_run(Migration *m, const char *via, PslVec *steps, const char *default_schema,
			  int *statements)
{
	MemoryContext caller = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	char	   *volatile error = NULL;
	volatile int n = 0;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(caller);
	PG_TRY();
	{
		int			nest;

		history_set_context(via, m->id);
		nest = steps ? ddl_pin_settings() : ddl_pin_migration_settings(default_schema);
		SPI_connect();
		if (steps)
		{
			int			i;

			ddl_execute_steps(steps);
			for (i = 0; i < steps->len; i++)
				n += ((MigrateStep *) steps->items[i])->statements.len;
		}
		else
			n = ddl_execute_script(m->script);
		SPI_finish();
		ddl_unpin_settings(nest);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(caller);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *e;
		char	   *statement = history_current_statement();

		MemoryContextSwitchTo(caller);
		e = CopyErrorData();
		statement = statement ? pstrdup(statement) : NULL;
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(caller);
		CurrentResourceOwner = owner;
		error = failure_log(e, statement);
		FreeErrorData(e);
	}
	PG_END_TRY();
	history_set_context(NULL, NULL);
	*statements = n;
	return error;
}

/*
 * Do the live tables of the managed schemas match `expected` (NULL: no
 * tables), as db_pull reads them: do they diff to nothing?
 */
static bool
tables_match(PslSchema *active, PslSchema *expected)
{
	PslArena   *arena = psl_arena_create();
	bool		multi = psl_schema_is_multi(active);
	bool		valid;
	PslSchema  *database = db_pull_load(arena, managed_schemas(active), multi, &valid);
	MigrateWarnings warnings;
	PslVec		steps;

	if (!valid)
		return false;
	memset(&warnings, 0, sizeof(warnings));
	steps = migrate_diff_steps_live(arena, database, true, expected, MS_NAMES_PRISMA, &warnings);
	return steps.len == 0;
}

/*
 * What the migrations say the tables are: the schema of the newest applied
 * migration that has one; the active schema when none has; no tables when
 * nothing was applied.
 */
static PslSchema *
migrated_schema(List *records, PslSchema *active, PslArena *arena)
{
	Migration  *newest = NULL;
	bool		applied = false;
	ListCell   *lc;

	foreach(lc, records)
	{
		Migration  *m = lfirst(lc);

		if (m->state != MIGRATION_APPLIED)
			continue;
		applied = true;
		if (m->schema)
			newest = m;
	}
	if (newest)
		return psl_load_or_error(arena, newest->schema, (int) strlen(newest->schema), NULL);
	return applied ? active : NULL;
}

List *
migration_drift(PslSchema *active)
{
	MemoryContext caller = CurrentMemoryContext;
	Oid			types[1] = {TEXTARRAYOID};
	Datum		values[1];
	List	   *lines = NIL;
	HistoryOwner saved;
	uint64		i;

	values[0] = PointerGetDatum(managed_schemas(active));
	/* the history is the owner's to read (statements may hold secrets) */
	history_as_owner(&saved);
	SPI_connect();
	if (latest_select(
					  "SELECT pg_catalog.format('%s %s %s by %s at %s UTC: %s', h.command_tag, h.object_type,"
					  " h.object_identity, h.role,"
					  " pg_catalog.to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'),"
					  " COALESCE(h.statement, '?'))"
					  " FROM prisma.ddl_history h"
					  " WHERE h.migration_id IS NULL"
					  " AND (h.via IS NULL OR h.via OPERATOR(pg_catalog.<>) 'migrate_reset')"
					  " AND h.id OPERATOR(pg_catalog.>) (SELECT COALESCE(pg_catalog.max(mark), 0) FROM ("
					  "   SELECT history_mark AS mark FROM prisma.migrations WHERE finished_at IS NOT NULL"
					  "   UNION ALL SELECT id FROM prisma.ddl_history WHERE via OPERATOR(pg_catalog.=) 'migrate_reset') s)"
					  " AND ((h.object_type OPERATOR(pg_catalog.=) ANY ('{table,\"table column\",\"table constraint\",index,sequence,type}'::pg_catalog.text[])"
					  "       AND h.schema_name OPERATOR(pg_catalog.=) ANY ($1))"
					  "   OR (h.object_type OPERATOR(pg_catalog.=) 'schema' AND h.object_identity OPERATOR(pg_catalog.=) ANY ($1)))"
					  " ORDER BY h.id",
					  1, types, values) != SPI_OK_SELECT)
		elog(ERROR, "prisma_ext: could not read prisma.ddl_history");
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *line = column_text(caller, SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		MemoryContext spi = MemoryContextSwitchTo(caller);

		CHECK_FOR_INTERRUPTS();
		lines = lappend(lines, line);
		MemoryContextSwitchTo(spi);
	}
	SPI_finish();
	history_restore_user(&saved);

	/*
	 * DDL that left the tables as the migrations made them (a restore of a
	 * dump replaying its DDL, an index created and dropped again) is no
	 * drift, as Prisma, which compares the tables, would not see it either
	 */
	if (lines != NIL &&
		tables_match(active, migrated_schema(migration_records(), active, psl_arena_create())))
		return NIL;
	return lines;
}
