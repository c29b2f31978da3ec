/*
 * migration_commands.c
 *		Prisma Migrate in the database: prisma.migrate_dev, migrate_deploy,
 *		migrate_status, migrate_resolve and migrate_reset.
 *
 * Every command first takes the catalog lock (as db_push does) and Prisma
 * Migrate's advisory lock, so commands, pushes and a Prisma CLI on the
 * same database run one after the other.  A migration runs in a
 * subtransaction (migration_run): a failing one is rolled back and still
 * recorded as failed, with its error in logs, and the command returns
 * with a WARNING instead of an error, so that the record survives.  A
 * migrate_dev migration is recorded in Prisma's text (unqualified names,
 * as `prisma migrate dev` writes it) and executed as the same steps with
 * qualified names; a deployed script runs as written, its unqualified
 * names in the default schema (ddl_pin_migration_settings).
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "db_pull.h"
#include "ddl_exec.h"
#include "ddl_history.h"
#include "migration_records.h"
#include "prisma_ext.h"

PG_FUNCTION_INFO_V1(prisma_migrate_dev);
PG_FUNCTION_INFO_V1(prisma_migrate_deploy);
PG_FUNCTION_INFO_V1(prisma_migrate_status);
PG_FUNCTION_INFO_V1(prisma_migrate_resolve);
PG_FUNCTION_INFO_V1(prisma_migrate_reset);

/* One entry of a migrate_deploy list. */
typedef struct DeployItem
{
	char	   *name;
	char	   *sql;
	char	   *schema_source;	/* NULL: not given */
	PslSchema  *schema;
} DeployItem;

/* The schema a migration's unqualified names land in. */
static const char *
default_schema_of(PslSchema *schema)
{
	return schema && schema->default_schema ? schema->default_schema : "public";
}

/*
 * Lock the catalog and Prisma's advisory lock; check that the caller may
 * create objects in the default schema, or in the database when that
 * schema does not exist yet (who may migrate).  Returns the active schema
 * (NULL: none).
 */
static PslSchema *
lock_for_migrate(void)
{
	PslSchema  *active = schema_cache_acquire(AccessExclusiveLock);
	const char *schema = default_schema_of(active);
	Oid			nsp = get_namespace_oid(schema, true);

	DirectFunctionCall1(pg_advisory_xact_lock_int8, Int64GetDatum(MIGRATE_ADVISORY_LOCK));
	if (OidIsValid(nsp) ? pg_namespace_aclcheck(nsp, GetUserId(), ACL_CREATE) != ACLCHECK_OK
		: pg_database_aclcheck(MyDatabaseId, GetUserId(), ACL_CREATE) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to migrate: CREATE on schema %s is required",
						quote_identifier(schema))));
	return active;
}

/* P3009 when a migration failed and was not resolved since. */
static void
refuse_failed(List *records)
{
	StringInfoData names;
	ListCell   *lc;

	initStringInfo(&names);
	foreach(lc, records)
	{
		Migration  *m = lfirst(lc);

		if (m->state == MIGRATION_FAILED)
			appendStringInfo(&names, "%sThe `%s` migration failed.", names.len ? "\n" : "", m->name);
	}
	if (names.len > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("P3009: migrate found failed migrations in the target database, new migrations will not be applied"),
				 errdetail("%s", names.data),
				 errhint("Fix the database, then run prisma.migrate_resolve(name, 'applied') or prisma.migrate_resolve(name, 'rolled_back').")));
}

/* Prisma's "Drift detected" when DDL ran outside migrations since the last one. */
static void
refuse_drift(PslSchema *active)
{
	List	   *drift = migration_drift(active);
	StringInfoData lines;
	ListCell   *lc;

	if (drift == NIL)
		return;
	initStringInfo(&lines);
	foreach(lc, drift)
		appendStringInfo(&lines, "%s  • %s", lines.len ? "\n" : "", (char *) lfirst(lc));
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("Drift detected: Your database schema is not in sync with your migration history."),
			 errdetail("DDL ran outside migrations since the last one:\n%s", lines.data),
			 errhint("Run prisma.migrate_reset() to drop the schema and apply every migration again, or record the change in a migration (migrate_dev with create_only) and mark it applied with prisma.migrate_resolve(name, 'applied').")));
}

/* The migration's folder name: YYYYMMDDHHMMSS_name (UTC), after every recorded one. */
static char *
migration_folder_name(List *records, const char *name)
{
	pg_time_t	now = (pg_time_t) time(NULL);
	char		stamp[32];
	int64		ts;
	StringInfoData buf;
	ListCell   *lc;
	const char *p;

	pg_strftime(stamp, sizeof(stamp), "%Y%m%d%H%M%S", pg_gmtime(&now));
	ts = strtoll(stamp, NULL, 10);
	/* a second migration in the same second still sorts after the first */
	foreach(lc, records)
	{
		Migration  *m = lfirst(lc);
		int64		other = strtoll(m->name, NULL, 10);

		if (other >= ts && other < 100000000000000LL)
			ts = other + 1;
	}
	initStringInfo(&buf);
	appendStringInfo(&buf, INT64_FORMAT "_", ts);
	for (p = name; *p && buf.len < 200; p++)
		appendStringInfoChar(&buf, (isalnum((unsigned char) *p) || *p == '_') ? *p : '_');
	return buf.data;
}

/* Run a record's migration; on failure record it and warn. Returns whether it applied. */
static bool
run_and_record(Migration *m, const char *via, PslVec *steps, const char *default_schema)
{
	int			statements;
	char	   *error = migration_run(m, via, steps, default_schema, &statements);

	if (error != NULL)
	{
		migration_fail(m, error);
		ereport(WARNING,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("P3018: A migration failed to apply. New migrations cannot be applied before the error is recovered from."),
				 errdetail("Migration name: %s\n\n%s", m->name, error),
				 errhint("The migration was rolled back and is recorded as failed; see prisma.migrate_status().")));
		return false;
	}
	migration_finish(m, statements, false);
	return true;
}

/* The active schema becomes source (parsed as schema), when it is known. */
static void
activate_schema(PslSchema *schema, const char *source)
{
	if (schema != NULL)
		catalog_write(schema, source);
}

/* A row of (migration_name, status[, script]) for a set-returning result. */
static void
put_row(ReturnSetInfo *rsinfo, const char *name, const char *status)
{
	Datum		values[2];
	bool		nulls[2] = {name == NULL, false};

	values[0] = name ? CStringGetTextDatum(name) : (Datum) 0;
	values[1] = CStringGetTextDatum(status);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/*
 * Apply the migrations recorded with create_only, in order, and make the
 * schema of each the active one; *from becomes the newest one's schema.
 * With create_only nothing is applied, *from still moves on.  Returns the
 * one that failed, or NULL.
 */
static Migration *
apply_pending(PslArena *arena, List *records, bool create_only, PslSchema **from)
{
	ListCell   *lc;

	foreach(lc, records)
	{
		Migration  *p = lfirst(lc);

		if (p->state != MIGRATION_PENDING)
			continue;
		if (!create_only)
		{
			migration_start(p, p->script, NULL);
			if (!run_and_record(p, "migrate_dev", NULL, default_schema_of(*from)))
				return p;
		}
		if (p->schema)
		{
			*from = psl_load_or_error(arena, p->schema, (int) strlen(p->schema), NULL);
			if (!create_only)
				activate_schema(*from, p->schema);
		}
	}
	return NULL;
}

/*
 * prisma.migrate_dev(name, schema, create_only, accept_data_loss)
 *		returns (migration_name, status, script)
 */
Datum
prisma_migrate_dev(PG_FUNCTION_ARGS)
{
	PslArena   *arena = psl_arena_create();
	bool		create_only = PG_ARGISNULL(2) ? false : PG_GETARG_BOOL(2);
	bool		accept_data_loss = PG_ARGISNULL(3) ? false : PG_GETARG_BOOL(3);
	char	   *name;
	char	   *source;
	PslSchema  *to;
	PslSchema  *from;
	List	   *records;
	MigrateWarnings warnings,
				unused;
	PslVec		steps,
				prisma_steps;
	char	   *script;
	char	   *folder;
	Migration  *m;
	Migration  *failed;
	const char *status;
	TupleDesc	desc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("migrate_dev needs a name and a schema")));
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "prisma.migrate_dev must return a record");
	name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	source = text_to_cstring(PG_GETARG_TEXT_PP(1));
	to = psl_load_or_error(arena, source, (int) strlen(source), NULL);

	from = lock_for_migrate();
	records = migration_records();
	refuse_failed(records);

	/*
	 * create_only changes nothing in the database, so it is allowed on
	 * drift: recording the drift as a migration, then marking it applied
	 * (migrate_resolve), is how drift is accepted
	 */
	if (!create_only)
		refuse_drift(from);
	failed = apply_pending(arena, records, create_only, &from);
	if (failed)
	{
		values[0] = CStringGetTextDatum(failed->name);
		values[1] = CStringGetTextDatum("failed");
		values[2] = CStringGetTextDatum(failed->script);
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
	}

	memset(&warnings, 0, sizeof(warnings));
	memset(&unused, 0, sizeof(unused));
	steps = migrate_diff_steps(arena, from, to, MS_NAMES_QUALIFIED, &warnings);
	prisma_steps = migrate_diff_steps(arena, from, to, MS_NAMES_PRISMA, &unused);
	if (steps.len == 0 && !create_only)
	{
		/* Prisma: "Already in sync"; the schema text still becomes the active one */
		activate_schema(to, source);
		nulls[0] = nulls[2] = true;
		values[1] = CStringGetTextDatum("already in sync");
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
	}
	SPI_connect();
	ddl_check_warnings(arena, &warnings, accept_data_loss, "migrate_dev",
					   "prisma.migrate_dev(name, schema, accept_data_loss => true)");
	SPI_finish();

	script = migrate_render_script(arena, &prisma_steps);
	folder = migration_folder_name(records, name);
	m = migration_record(folder, script, source, !create_only);
	if (create_only)
		status = "pending";
	else if (run_and_record(m, "migrate_dev", &steps, NULL))
	{
		activate_schema(to, source);
		status = "applied";
	}
	else
		status = "failed";
	values[0] = CStringGetTextDatum(folder);
	values[1] = CStringGetTextDatum(status);
	values[2] = CStringGetTextDatum(script);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/*
 * A migration's name is a folder name (letters, digits, _ - .; not "." or
 * ".."), and appears once in a list.
 */
static void
check_migration_name(const char *name, List *earlier)
{
	ListCell   *lc;

	if (name[0] == '\0' || strlen(name) > 255 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
		strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.") != strlen(name))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid migration name \"%s\"", name),
				 errdetail("A migration's name is a folder name: letters, digits, _, - and ., at most 255 characters.")));
	foreach(lc, earlier)
		if (strcmp(((DeployItem *) lfirst(lc))->name, name) == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("migration \"%s\" appears twice in the list", name)));
}

/* The entries of a migrate_deploy list, checked, with their schemas parsed. */
static List *
deploy_items(PslArena *arena, Datum list)
{
	MemoryContext caller = CurrentMemoryContext;
	Oid			types[1] = {JSONOID};
	Datum		values[1] = {list};
	List	   *items = NIL;
	uint64		i;
	ListCell   *lc;

	SPI_connect();
	if (SPI_execute_with_args("SELECT pg_catalog.json_typeof($1) OPERATOR(pg_catalog.=) 'array'",
							  1, types, values, NULL, true, 1) != SPI_OK_SELECT ||
		!DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &(bool){false})))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("migrations must be a JSON array of {\"name\", \"sql\"} objects")));
	if (SPI_execute_with_args("SELECT e OPERATOR(pg_catalog.->>) 'name', e OPERATOR(pg_catalog.->>) 'sql',"
							  " e OPERATOR(pg_catalog.->>) 'schema', pg_catalog.json_typeof(e)"
							  " FROM pg_catalog.json_array_elements($1) WITH ORDINALITY AS x(e, i) ORDER BY i",
							  1, types, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "prisma_ext: could not read the migrations list");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	row = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *type = SPI_getvalue(row, desc, 4);
		DeployItem *item = MemoryContextAllocZero(caller, sizeof(DeployItem));
		char	   *v;

		if (strcmp(type, "object") != 0 || SPI_getvalue(row, desc, 1) == NULL ||
			SPI_getvalue(row, desc, 2) == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("migration %d of the list needs a \"name\" and a \"sql\"", (int) i + 1)));
		item->name = MemoryContextStrdup(caller, SPI_getvalue(row, desc, 1));
		check_migration_name(item->name, items);
		item->sql = MemoryContextStrdup(caller, SPI_getvalue(row, desc, 2));
		v = SPI_getvalue(row, desc, 3);
		item->schema_source = v ? MemoryContextStrdup(caller, v) : NULL;
		{
			/* the list lives in the caller's context, not SPI's */
			MemoryContext spi = MemoryContextSwitchTo(caller);

			items = lappend(items, item);
			MemoryContextSwitchTo(spi);
		}
	}
	SPI_finish();
	/* a schema with errors stops the deploy before anything runs */
	foreach(lc, items)
	{
		DeployItem *item = lfirst(lc);

		if (item->schema_source)
			item->schema = psl_load_or_error(arena, item->schema_source,
											 (int) strlen(item->schema_source), NULL);
	}
	return items;
}

/*
 * prisma.migrate_deploy(migrations json) returns table (migration_name, status)
 */
Datum
prisma_migrate_deploy(PG_FUNCTION_ARGS)
{
	PslArena   *arena = psl_arena_create();
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	List	   *items;
	List	   *records;
	PslSchema  *active;
	ListCell   *lc;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("migrations must not be NULL")));
	items = deploy_items(arena, PG_GETARG_DATUM(0));
	InitMaterializedSRF(fcinfo, 0);
	active = lock_for_migrate();
	records = migration_records();
	refuse_failed(records);

	foreach(lc, items)
	{
		DeployItem *item = lfirst(lc);
		Migration  *m = migration_find(records, item->name);

		CHECK_FOR_INTERRUPTS();
		if (m && m->state == MIGRATION_APPLIED)
		{
			if (strcmp(m->checksum, migration_checksum(item->sql)) != 0)
			{
				ereport(WARNING,
						(errmsg("The migration `%s` was modified after it was applied.", item->name),
						 errdetail("Its recorded checksum differs from the SQL given; it is not applied again.")));
				put_row(rsinfo, item->name, "modified after it was applied");
			}
			else
				put_row(rsinfo, item->name, "already applied");
			continue;
		}
		if (m && m->state == MIGRATION_PENDING)
			migration_start(m, item->sql, item->schema_source);
		else
			m = migration_record(item->name, item->sql, item->schema_source, true);
		if (!run_and_record(m, "migrate_deploy", NULL,
							default_schema_of(item->schema ? item->schema : active)))
		{
			put_row(rsinfo, item->name, "failed");
			break;
		}
		if (item->schema)
		{
			activate_schema(item->schema, item->schema_source);
			active = item->schema;
		}
		put_row(rsinfo, item->name, "applied");
	}
	return (Datum) 0;
}

/*
 * prisma.migrate_status(migrations json) returns json
 */
Datum
prisma_migrate_status(PG_FUNCTION_ARGS)
{
	PslSchema  *active = schema_cache_acquire(AccessShareLock);
	List	   *drift = migration_drift(active);
	Datum	   *lines = palloc((list_length(drift) + 1) * sizeof(Datum));
	Oid			types[2] = {JSONOID, TEXTARRAYOID};
	Datum		values[2];
	char		nulls[3] = "  ";
	int			n = 0;
	ListCell   *lc;
	text	   *result = NULL;

	foreach(lc, drift)
		lines[n++] = CStringGetTextDatum((char *) lfirst(lc));
	values[0] = PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0);
	nulls[0] = PG_ARGISNULL(0) ? 'n' : ' ';
	values[1] = PointerGetDatum(construct_array(lines, n, TEXTOID, -1, false, TYPALIGN_INT));

	SPI_connect();
	if (SPI_execute_with_args(
							  "WITH rec AS ("
							  "  SELECT DISTINCT ON (migration_name COLLATE \"C\") migration_name AS name, checksum, started_at, finished_at,"
							  "   applied_steps_count, logs,"
							  "   CASE WHEN rolled_back_at IS NOT NULL THEN 'rolled back' WHEN started_at IS NULL THEN 'pending'"
							  "   WHEN finished_at IS NOT NULL THEN 'applied' ELSE 'failed' END AS status"
							  "  FROM prisma.migrations ORDER BY migration_name COLLATE \"C\", recorded_at DESC),"
							  " given AS ("
							  "  SELECT e OPERATOR(pg_catalog.->>) 'name' AS name,"
							  "   pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(e OPERATOR(pg_catalog.->>) 'sql',"
							  "    pg_catalog.getdatabaseencoding())), 'hex') AS checksum"
							  "  FROM pg_catalog.json_array_elements(COALESCE($1, '[]'::pg_catalog.json)) e),"
							  " s AS (SELECT"
							  "  COALESCE((SELECT pg_catalog.json_agg(pg_catalog.json_build_object('name', name, 'status', status,"
							  "    'started_at', started_at, 'finished_at', finished_at, 'applied_steps_count', applied_steps_count,"
							  "    'logs', logs) ORDER BY name) FROM rec), '[]') AS migrations,"
							  "  ARRAY(SELECT name FROM rec WHERE status OPERATOR(pg_catalog.=) 'pending'"
							  "   UNION SELECT g.name FROM given g WHERE NOT EXISTS (SELECT FROM rec r"
							  "    WHERE r.name OPERATOR(pg_catalog.=) g.name AND r.status OPERATOR(pg_catalog.=) 'applied') ORDER BY 1) AS pending,"
							  "  ARRAY(SELECT name FROM rec WHERE status OPERATOR(pg_catalog.=) 'failed' ORDER BY 1) AS failed,"
							  "  ARRAY(SELECT g.name FROM given g JOIN rec r ON r.name OPERATOR(pg_catalog.=) g.name"
							  "   WHERE r.status OPERATOR(pg_catalog.=) 'applied' AND r.checksum OPERATOR(pg_catalog.<>) g.checksum ORDER BY 1) AS edited,"
							  "  ARRAY(SELECT r.name FROM rec r WHERE $1 IS NOT NULL AND r.status OPERATOR(pg_catalog.=) 'applied'"
							  "   AND NOT EXISTS (SELECT FROM given g WHERE g.name OPERATOR(pg_catalog.=) r.name) ORDER BY 1) AS missing)"
							  " SELECT pg_catalog.json_build_object("
							  "  'up_to_date', pending OPERATOR(pg_catalog.=) '{}' AND failed OPERATOR(pg_catalog.=) '{}'"
							  "   AND edited OPERATOR(pg_catalog.=) '{}' AND $2 OPERATOR(pg_catalog.=) '{}',"
							  "  'message', CASE"
							  "   WHEN failed OPERATOR(pg_catalog.<>) '{}' THEN 'Following migration have failed: ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(failed, ', ')"
							  "   WHEN $2 OPERATOR(pg_catalog.<>) '{}' THEN 'Drift detected: Your database schema is not in sync with your migration history.'"
							  "   WHEN pending OPERATOR(pg_catalog.<>) '{}' THEN 'Following migrations have not yet been applied: ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(pending, ', ')"
							  "   WHEN edited OPERATOR(pg_catalog.<>) '{}' THEN 'Following migrations were modified after they were applied: ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(edited, ', ')"
							  "   ELSE 'Database schema is up to date!' END,"
							  "  'migrations', migrations, 'pending', pending, 'failed', failed, 'edited', edited,"
							  "  'applied_not_given', missing, 'drift', $2)::pg_catalog.text FROM s",
							  2, types, values, nulls, true, 1) == SPI_OK_SELECT && SPI_processed == 1)
	{
		char	   *v = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

		result = (text *) SPI_palloc(VARHDRSZ + strlen(v));
		SET_VARSIZE(result, VARHDRSZ + strlen(v));
		memcpy(VARDATA(result), v, strlen(v));
	}
	SPI_finish();
	if (result == NULL)
		elog(ERROR, "prisma_ext: could not read the migration status");
	PG_RETURN_TEXT_P(result);
}

/*
 * prisma.migrate_resolve(name text, action text) returns text
 */
Datum
prisma_migrate_resolve(PG_FUNCTION_ARGS)
{
	PslArena   *arena = psl_arena_create();
	char	   *name;
	char	   *action;
	List	   *records;
	Migration  *m;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("migrate_resolve needs a migration name and an action")));
	name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	action = text_to_cstring(PG_GETARG_TEXT_PP(1));
	if (strcmp(action, "applied") != 0 && strcmp(action, "rolled_back") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown action \"%s\"", action),
				 errhint("The action is 'applied' or 'rolled_back'.")));
	(void) lock_for_migrate();
	records = migration_records();
	m = migration_find(records, name);
	if (m == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("P3017: The migration %s could not be found.", name),
				 errhint("Make sure that the migration was recorded (prisma.migrate_status()), and that you included the whole name.")));
	if (strcmp(action, "rolled_back") == 0)
	{
		if (m->state != MIGRATION_FAILED)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("P3012: Migration `%s` cannot be rolled back because it is not in a failed state.", name)));
		migration_roll_back(m);
		PG_RETURN_TEXT_P(cstring_to_text(psprintf("Migration %s marked as rolled back.", name)));
	}
	if (m->state == MIGRATION_APPLIED)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("P3008: The migration `%s` is already recorded as applied in the database.", name)));
	/* a rolled-back migration gets a new record; pending and failed ones are finished */
	if (m->state == MIGRATION_ROLLED_BACK)
		m = migration_record(m->name, m->script, m->schema, true);
	migration_finish(m, 0, true);
	if (m->schema)
		activate_schema(psl_load_or_error(arena, m->schema, (int) strlen(m->schema), NULL), m->schema);
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("Migration %s marked as applied.", name)));
}

/* Drop the tables, views, sequences and types of the managed schemas (not an extension's). */
static void
drop_managed_objects(PslSchema *active)
{
	Oid			types[1] = {TEXTARRAYOID};
	Datum		values[1];
	List	   *drops = NIL;
	ListCell   *lc;
	uint64		i;

	values[0] = PointerGetDatum(managed_schemas(active));
	SPI_connect();
	if (SPI_execute_with_args(
							  "SELECT pg_catalog.format('DROP %s IF EXISTS %I.%I CASCADE', kind, nspname, name) FROM ("
							  " SELECT CASE WHEN c.relkind OPERATOR(pg_catalog.=) 'v' THEN 'VIEW'"
							  "  WHEN c.relkind OPERATOR(pg_catalog.=) 'm' THEN 'MATERIALIZED VIEW'"
							  "  WHEN c.relkind OPERATOR(pg_catalog.=) 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,"
							  "  n.nspname, c.relname AS name,"
							  "  CASE WHEN c.relkind OPERATOR(pg_catalog.=) ANY ('{v,m}') THEN 1"
							  "  WHEN c.relkind OPERATOR(pg_catalog.=) 'S' THEN 3 ELSE 2 END AS o"
							  " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
							  " WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1) AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p,v,m,S}')"
							  "  AND NOT c.relispartition AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
							  "   WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
							  "   AND d.objid OPERATOR(pg_catalog.=) c.oid AND d.deptype OPERATOR(pg_catalog.=) 'e')"
							  " UNION ALL"
							  " SELECT 'TYPE', n.nspname, t.typname, 4"
							  " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) t.typnamespace"
							  " WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1) AND t.typtype OPERATOR(pg_catalog.=) ANY ('{e,d}')"
							  "  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
							  "   WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass"
							  "   AND d.objid OPERATOR(pg_catalog.=) t.oid AND d.deptype OPERATOR(pg_catalog.=) 'e')"
							  ") s ORDER BY o, nspname, name",
							  1, types, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "prisma_ext: could not list the objects to drop");
	for (i = 0; i < SPI_processed; i++)
		drops = lappend(drops, SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1));
	foreach(lc, drops)
	{
		CHECK_FOR_INTERRUPTS();
		history_set_statement(lfirst(lc));
		if (SPI_execute(lfirst(lc), false, 0) < 0)
			elog(ERROR, "prisma_ext: could not run %s", (char *) lfirst(lc));
	}
	history_set_statement(NULL);
	SPI_finish();
}

/*
 * prisma.migrate_reset() returns table (migration_name, status)
 */
Datum
prisma_migrate_reset(PG_FUNCTION_ARGS)
{
	PslArena   *arena = psl_arena_create();
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	PslSchema  *active;
	PslSchema  *last = NULL;
	const char *last_source = NULL;
	List	   *records;
	ListCell   *lc;
	int			nest;
	bool		failed = false;
	bool		reapplied = false;

	InitMaterializedSRF(fcinfo, 0);
	active = lock_for_migrate();
	records = migration_records();

	history_set_context("migrate_reset", NULL);
	nest = ddl_pin_settings();
	drop_managed_objects(active);
	ddl_unpin_settings(nest);
	history_set_context(NULL, NULL);
	migration_forget_all();

	/*
	 * every migration applied before, again, in order; after a failure the
	 * rest, and the pending ones, stay recorded as pending
	 */
	foreach(lc, records)
	{
		Migration  *old = lfirst(lc);
		Migration  *m;
		PslSchema  *schema = NULL;

		CHECK_FOR_INTERRUPTS();
		if (old->state == MIGRATION_PENDING || (failed && old->state == MIGRATION_APPLIED))
		{
			(void) migration_record(old->name, old->script, old->schema, false);
			put_row(rsinfo, old->name, "pending");
			continue;
		}
		if (old->state != MIGRATION_APPLIED)
			continue;
		if (old->schema)
			schema = psl_load_or_error(arena, old->schema, (int) strlen(old->schema), NULL);
		m = migration_record(old->name, old->script, old->schema, true);
		if (!run_and_record(m, "migrate_reset", NULL, default_schema_of(schema ? schema : active)))
		{
			put_row(rsinfo, m->name, "failed");
			failed = true;
			continue;
		}
		if (schema)
		{
			last = schema;
			last_source = old->schema;
		}
		put_row(rsinfo, m->name, "applied");
		reapplied = true;
	}
	/*
	 * the active schema is the last migration's; with no migration applied
	 * again there are no tables, and no schema; migrations that do not tell
	 * their schema (deployed from files) leave the active one
	 */
	if (last)
		activate_schema(last, last_source);
	else if (!reapplied)
		catalog_clear();
	return (Datum) 0;
}
