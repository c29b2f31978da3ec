/*
 * query_exec.c
 *		prisma.query and prisma.explain: run documents through the pipeline
 *		and return the JSON text the statement built.
 *
 * A call parses the document (or a JSON array of documents, run as one
 * all-or-nothing batch), validates it against the cached schema, compiles
 * it, and executes the statement through SPI with a cached plan.  The
 * statement's single json value is returned as is, with no re-parsing.
 * Reads run read-only (so they work on a hot standby) unless they lock
 * rows.  The function runs with the caller's rights: GRANTs and RLS apply.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "prisma_ext.h"
#include "query.h"

PG_FUNCTION_INFO_V1(prisma_query);
PG_FUNCTION_INFO_V1(prisma_explain);

int			prisma_max_depth = 10;
int			prisma_max_document_bytes = 1024 * 1024;
bool		prisma_log_sql = false;

static uint64 plans_generation = 0;

/*
 * The active schema, or an error when none was pushed.  The catalog lock
 * taken here holds it for the rest of the transaction: a concurrent push
 * waits, and a push in progress is waited for (schema_cache.c).
 */
static PslSchema *
active_schema(void)
{
	PslSchema  *schema = schema_cache_acquire(AccessShareLock);

	if (schema == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("P1012: no Prisma schema has been pushed to this database"),
				 errhint("Run prisma.db_push(schema) first.")));
	/* a new schema makes every cached plan stale */
	if (schema_cache_generation() != plans_generation)
	{
		query_plan_cache_mark_stale();
		plans_generation = schema_cache_generation();
	}
	return schema;
}

static void
check_document_size(int len)
{
	if (len > prisma_max_document_bytes)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("P2009: the query document is too large: %d bytes", len),
				 errdetail("The limit is %d bytes.", prisma_max_document_bytes),
				 errhint("Raise prisma.max_document_bytes to accept larger documents.")));
}

/* Validate and compile one document. */
static QStatement *
compile_document(PslSchema *schema, PslArena *arena, struct json_t *doc_json, QDocument **doc_out)
{
	QContext	cx;
	QDocument  *doc;
	QStatement *st;

	memset(&cx, 0, sizeof(cx));
	cx.schema = schema;
	cx.arena = arena;
	initStringInfo(&cx.path);
	doc = query_parse_document(&cx, doc_json);
	st = query_compile(doc);
	if (prisma_log_sql)
		ereport(LOG,
				(errmsg("prisma.query: %s", st->sql.data),
				 errhidestmt(true)));
	*doc_out = doc;
	return st;
}

/*
 * Plan (or reuse the plan of) a compiled statement and run it.  An error
 * PostgreSQL raises on the way, such as a malformed UUID value or a table
 * dropped by hand, is caught only to be raised again the way Prisma reports
 * it (query_translate_database_error); nothing runs in between, so no
 * subtransaction is needed.
 */
static int
run_statement(QStatement *st, Datum *values, char *nulls, bool read_only,
			  const char *model_name)
{
	MemoryContext cxt = CurrentMemoryContext;
	int			rc = 0;

	PG_TRY();
	{
		SPIPlanPtr	plan = query_plan_cache_lookup(st->sql.data, st->nparams);

		rc = SPI_execute_plan(plan, values, nulls, read_only, 0);
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		if (!query_translate_database_error(edata, model_name))
			PG_RE_THROW();
		FlushErrorState();
		ReThrowError(edata);
	}
	PG_END_TRY();
	return rc;
}

/*
 * Run a compiled statement; returns its json value, copied once into the
 * caller's memory (NULL for no row).
 */
static text *
execute_statement(QStatement *st, bool read_only, const char *model_name)
{
	Datum	   *values = palloc(sizeof(Datum) * (st->nparams + 1));
	char	   *nulls = palloc(st->nparams + 1);
	text	   *result = NULL;
	int			i,
				rc;

	for (i = 0; i < st->nparams; i++)
	{
		nulls[i] = st->params[i] ? ' ' : 'n';
		values[i] = st->params[i] ? CStringGetTextDatum(st->params[i]) : (Datum) 0;
	}
	SPI_connect();
	rc = run_statement(st, values, nulls, read_only, model_name);
	if (rc < 0)
		elog(ERROR, "prisma_ext: SPI_execute_plan failed: %s", SPI_result_code_string(rc));
	if (SPI_processed > 0)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			result = DatumGetTextPP(SPI_datumTransfer(d, false, -1));
	}
	SPI_finish();
	return result;
}

/* Run one document; its JSON result. */
static text *
run_document(PslSchema *schema, PslArena *arena, struct json_t *doc_json)
{
	QDocument  *doc;
	QStatement *st = compile_document(schema, arena, doc_json, &doc);
	text	   *result = execute_statement(st, doc->read->lock == QLOCK_NONE, doc->model->name);

	if (result == NULL)
	{
		if (doc->action == Q_FIND_UNIQUE_OR_THROW || doc->action == Q_FIND_FIRST_OR_THROW)
			query_raise_not_found(doc);
		return cstring_to_text(st->single ? "null" : "[]");
	}
	return result;
}

/*
 * prisma.query(doc text) returns json
 */
Datum
prisma_query(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(t);
	PslSchema  *schema;
	PslArena   *arena;
	struct json_t *root;
	int			nbatch;

	check_document_size(len);
	schema = active_schema();
	arena = psl_arena_create();
	root = query_load_json(VARDATA_ANY(t), len);
	nbatch = query_batch_size(root);
	if (nbatch >= 0)
	{
		/* a batch: every document in order, all in this transaction */
		StringInfoData out;
		int			i;

		initStringInfo(&out);
		appendStringInfoChar(&out, '[');
		for (i = 0; i < nbatch; i++)
		{
			CHECK_FOR_INTERRUPTS();
			if (i > 0)
				appendStringInfoChar(&out, ',');
			{
				text	   *one = run_document(schema, arena, query_batch_item(root, i));

				appendBinaryStringInfo(&out, VARDATA_ANY(one), VARSIZE_ANY_EXHDR(one));
			}
		}
		appendStringInfoChar(&out, ']');
		PG_RETURN_TEXT_P(cstring_to_text(out.data));
	}
	PG_RETURN_TEXT_P(run_document(schema, arena, root));
}

/*
 * prisma.explain(doc text) returns text
 *		The compiled SQL, its parameters, and PostgreSQL's EXPLAIN of it.
 */
Datum
prisma_explain(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(t);
	PslSchema  *schema;
	QDocument  *doc;
	QStatement *st;
	StringInfoData out;
	Oid		   *types;
	Datum	   *values;
	char	   *nulls;
	int			i;
	uint64		row;

	check_document_size(len);
	schema = active_schema();
	st = compile_document(schema, psl_arena_create(), query_load_json(VARDATA_ANY(t), len), &doc);
	initStringInfo(&out);
	appendStringInfo(&out, "%s\n", st->sql.data);
	for (i = 0; i < st->nparams; i++)
		appendStringInfo(&out, "-- $%d = %s\n", i + 1, st->params[i] ? quote_literal_cstr(st->params[i]) : "NULL");
	types = palloc(sizeof(Oid) * (st->nparams + 1));
	values = palloc(sizeof(Datum) * (st->nparams + 1));
	nulls = palloc(st->nparams + 1);
	for (i = 0; i < st->nparams; i++)
	{
		types[i] = TEXTOID;
		nulls[i] = st->params[i] ? ' ' : 'n';
		values[i] = st->params[i] ? CStringGetTextDatum(st->params[i]) : (Datum) 0;
	}
	SPI_connect();
	if (SPI_execute_with_args(psprintf("EXPLAIN %s", st->sql.data), st->nparams, types,
							  values, nulls, false, 0) != SPI_OK_UTILITY)
		elog(ERROR, "prisma_ext: EXPLAIN failed");
	appendStringInfoString(&out, "\n");
	for (row = 0; row < SPI_processed; row++)
		appendStringInfo(&out, "%s\n", SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, 1));
	SPI_finish();
	PG_RETURN_TEXT_P(cstring_to_text(out.data));
}
