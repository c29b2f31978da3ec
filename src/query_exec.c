/*
 * query_exec.c
 *		prisma.query and prisma.explain: run documents through the pipeline
 *		and return the JSON text the statement built.
 *
 * A call parses the document (or a JSON array of documents, run as one
 * all-or-nothing batch), validates it against the cached schema, compiles
 * it into a program of steps (a read of a known shape takes its program
 * from the shape cache instead, found from the text when the document is
 * plain), and runs the steps through SPI with cached
 * plans, passing the values a step returns to the steps after it.  The
 * result step's json value is returned as is, with no re-parsing, and a
 * findMany's rows are put into its array as the executor sends them
 * (ResultReceiver).  Reads
 * run read-only (so they work on a hot standby) unless they lock rows.  A
 * failing step raises an ERROR, which undoes every step before it with the
 * statement (or the caller's transaction).  The function runs with the
 * caller's rights: GRANTs and RLS apply to every step.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/params.h"
#include "tcop/dest.h"
#include "utils/builtins.h"
#include "utils/resowner.h"

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
		query_shape_cache_reset();
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

/* Log a program's statements (prisma.log_sql). */
static void
log_program(QProgram *program)
{
	int			i;

	for (i = 0; i < program->steps.len; i++)
		ereport(LOG,
				(errmsg("prisma.query: %s", ((QStep *) program->steps.items[i])->st->sql.data),
				 errhidestmt(true)));
}

/*
 * Validate and compile one document, or take its program from the shape
 * cache when a document of its shape was compiled before (use_shapes).
 */
static QProgram *
compile_document(PslSchema *schema, PslArena *arena, struct json_t *doc_json,
				 QDocument **doc_out, bool use_shapes)
{
	QContext	cx;
	QDocument  *doc;
	QProgram   *program;
	QShape		shape;
	int			lookups = query_catalog_lookups;

	if (use_shapes)
	{
		program = query_shape_lookup(doc_json, &shape, doc_out);
		if (program != NULL)
		{
			if (prisma_log_sql)
				log_program(program);
			return program;
		}
	}
	memset(&cx, 0, sizeof(cx));
	cx.schema = schema;
	cx.arena = arena;
	initStringInfo(&cx.path);
	if (use_shapes && shape.cacheable)
	{
		cx.leaves = shape.leaves;
		cx.nleaves = shape.nleaves;
	}
	doc = query_parse_document(&cx, doc_json);
	program = doc->action->compile(doc);
	if (use_shapes && query_catalog_lookups == lookups)
		query_shape_store(&shape, doc, program);
	if (prisma_log_sql)
		log_program(program);
	*doc_out = doc;
	return program;
}

/*
 * The values of a statement's parameters (text, as the plans are prepared),
 * for SPI_execute_plan_extended.
 */
static ParamListInfo
text_params(int nparams, Datum *values, char *nulls)
{
	ParamListInfo params = makeParamList(nparams);
	int			k;

	for (k = 0; k < nparams; k++)
	{
		params->params[k].value = values[k];
		params->params[k].isnull = nulls[k] == 'n';
		params->params[k].pflags = PARAM_FLAG_CONST;
		params->params[k].ptype = TEXTOID;
	}
	return params;
}

/*
 * Plan (or reuse the plan of) a compiled statement and run it; its rows go
 * to `dest`, or (NULL) to SPI_tuptable.  An error PostgreSQL raises on the
 * way, such as a unique violation or a table dropped by hand, is caught
 * only to be raised again the way Prisma reports it
 * (query_translate_database_error), naming the step's model; nothing runs
 * in between, so no subtransaction is needed.
 */
static int
run_statement(QStatement *st, Datum *values, char *nulls, bool read_only,
			  DestReceiver *dest, PslModel *model, PslSchema *schema)
{
	MemoryContext cxt = CurrentMemoryContext;
	int			rc = 0;

	PG_TRY();
	{
		SPIPlanPtr	plan = query_plan_cache_lookup(st->sql.data, st->nparams);

		if (dest == NULL)
			rc = SPI_execute_plan(plan, values, nulls, read_only, 0);
		else
		{
			SPIExecuteOptions options = {0};

			options.params = text_params(st->nparams, values, nulls);
			options.read_only = read_only;
			options.dest = dest;
			rc = SPI_execute_plan_extended(plan, &options);
		}
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		if (!query_translate_database_error(edata, model, schema))
			PG_RE_THROW();
		FlushErrorState();
		ReThrowError(edata);
	}
	PG_END_TRY();
	return rc;
}

/* What a step returned: its rows as text, for the steps after it. */
typedef struct StepResult
{
	bool		ran;
	uint64		nrows;
	int			ncolumns;
	char	  **values;			/* nrows * ncolumns, NULL for SQL NULL */
} StepResult;

/* The first of the steps a reference or condition names that returned rows. */
static StepResult *
first_with_rows(StepResult *results, const int *steps, int nsteps)
{
	int			i;

	for (i = 0; i < nsteps; i++)
		if (results[steps[i]].ran && results[steps[i]].nrows > 0)
			return &results[steps[i]];
	return NULL;
}

/* The text of a parameter an earlier step fills in (NULL: SQL NULL). */
static char *
ref_value(StepResult *results, QParamRef *ref)
{
	StepResult *r = first_with_rows(results, ref->steps, ref->nsteps);
	StringInfoData buf;
	uint64		row;
	int			s;
	bool		first = true;

	if (!ref->array)
		return r ? r->values[ref->column] : NULL;
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (s = 0; s < ref->nsteps; s++)
	{
		r = &results[ref->steps[s]];
		for (row = 0; r->ran && row < r->nrows; row++)
		{
			char	   *v = r->values[row * r->ncolumns + ref->column];

			if (!first)
				appendStringInfoChar(&buf, ',');
			first = false;
			if (v == NULL)
				appendStringInfoString(&buf, "NULL");
			else
				query_append_array_element(&buf, v);
		}
	}
	appendStringInfoChar(&buf, '}');
	return buf.data;
}

/* Does a step's condition hold? */
static bool
condition_holds(QCondition *cond, StepResult *results)
{
	if (cond->nsome > 0 && first_with_rows(results, cond->some, cond->nsome) == NULL)
		return false;
	return cond->nnone == 0 || first_with_rows(results, cond->none, cond->nnone) == NULL;
}

/* Keep a step's rows as text in the caller's memory. */
static void
keep_rows(StepResult *r, MemoryContext cxt)
{
	TupleDesc	desc = SPI_tuptable->tupdesc;
	uint64		row;
	int			col;

	r->ncolumns = desc->natts;
	r->values = MemoryContextAlloc(cxt, sizeof(char *) * Max(1, r->nrows * r->ncolumns));
	for (row = 0; row < r->nrows; row++)
		for (col = 0; col < r->ncolumns; col++)
		{
			char	   *v = SPI_getvalue(SPI_tuptable->vals[row], desc, col + 1);

			r->values[row * r->ncolumns + col] = v ? MemoryContextStrdup(cxt, v) : NULL;
		}
}

/* A program being run: what its steps returned so far. */
typedef struct ProgramRun
{
	PslSchema  *schema;
	QProgram   *program;
	StepResult *results;
	MemoryContext cxt;			/* where the kept rows and the result live */
	text	   *result;			/* the result step's JSON (NULL: no row) */
	uint64		count;			/* rows of the counting steps */
} ProgramRun;

/*
 * Where the result step's rows go: column 1 of its first row is the JSON
 * result, or, for rows_are_elements, column 1 of every row is an element
 * of the result array, put in as it comes (written as json_agg writes
 * it).  This keeps the result out of SPI's tuple table and out of a
 * json_agg: each copies the whole JSON again, without checking for
 * interrupts, after the last row is read.
 */
typedef struct ResultReceiver
{
	DestReceiver pub;
	bool		elements;		/* every row is an element of an array */
	uint64		rows;
	bool		has_json;		/* not elements: the first row's value was not NULL */
	StringInfoData json;		/* query_init_text_buffer's */
} ResultReceiver;

/* Take a row of the result step (see ResultReceiver). */
static bool
result_receive_slot(TupleTableSlot *slot, DestReceiver *self)
{
	ResultReceiver *r = (ResultReceiver *) self;
	bool		isnull;
	Datum		value = slot_getattr(slot, 1, &isnull);

	if (r->elements)
	{
		appendStringInfoString(&r->json, r->rows == 0 ? "[" : ", ");
		query_append_json(&r->json, value, isnull);
	}
	else if (r->rows == 0 && !isnull)
	{
		query_append_json(&r->json, value, false);
		r->has_json = true;
	}
	r->rows++;
	return true;
}

static void
result_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
}

static void
result_shutdown(DestReceiver *self)
{
}

static void
result_destroy(DestReceiver *self)
{
}

/* A ResultReceiver whose JSON lives in cxt. */
static ResultReceiver *
new_result_receiver(bool elements, MemoryContext cxt)
{
	ResultReceiver *r = MemoryContextAllocZero(cxt, sizeof(ResultReceiver));
	MemoryContext old = MemoryContextSwitchTo(cxt);

	r->pub.receiveSlot = result_receive_slot;
	r->pub.rStartup = result_startup;
	r->pub.rShutdown = result_shutdown;
	r->pub.rDestroy = result_destroy;
	/* not DestNone, for which SPI reports a SELECT as SPI_OK_UTILITY */
	r->pub.mydest = DestTuplestore;
	r->elements = elements;
	query_init_text_buffer(&r->json);
	MemoryContextSwitchTo(old);
	return r;
}

/* The JSON a ResultReceiver took, as text (NULL: none). */
static text *
received_json(ResultReceiver *r)
{
	if (r->elements && r->rows == 0)
		appendStringInfoString(&r->json, "[]");
	else if (r->elements)
		appendStringInfoChar(&r->json, ']');
	else if (!r->has_json)
		return NULL;
	return query_text_buffer_result(&r->json);
}

/*
 * Run step i, when its condition holds, with the values earlier steps
 * returned bound into it; check its row count and keep what it returned.
 */
static void
run_step(ProgramRun *run, int i)
{
	QProgram   *program = run->program;
	QStep	   *step = program->steps.items[i];
	QStatement *st = step->st;
	Datum	   *values = palloc(sizeof(Datum) * (st->nparams + 1));
	char	   *nulls = palloc(st->nparams + 1);
	ResultReceiver *receiver = NULL;
	int			rc;
	int			k;

	CHECK_FOR_INTERRUPTS();
	if (!condition_holds(&step->cond, run->results))
		return;
	for (k = 0; k < st->nparams; k++)
	{
		char	   *v = st->refs[k] ? ref_value(run->results, st->refs[k]) : st->params[k];

		nulls[k] = v ? ' ' : 'n';
		values[k] = v ? CStringGetTextDatum(v) : (Datum) 0;
	}
	/* the last step's rows are not kept: the result step's go straight to the result */
	if (i == program->result_step && i == program->steps.len - 1)
		receiver = new_result_receiver(step->rows_are_elements, run->cxt);
	rc = run_statement(st, values, nulls, program->read_only, (DestReceiver *) receiver,
					   step->model, run->schema);
	if (rc < 0)
		elog(ERROR, "prisma_ext: SPI_execute_plan failed: %s", SPI_result_code_string(rc));
	run->results[i].ran = true;
	run->results[i].nrows = SPI_processed;
	if ((step->check != QCHECK_NONE && step->check != QCHECK_EMPTY && SPI_processed == 0) ||
		(step->check == QCHECK_EMPTY && SPI_processed > 0))
		query_raise_check(step);
	if (step->counts)
		run->count += SPI_processed;
	if (receiver)
		run->result = received_json(receiver);
	else if (i == program->result_step && SPI_processed > 0)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			run->result = DatumGetTextPP(SPI_datumTransfer(d, false, -1));
	}
	if (SPI_tuptable && i != program->steps.len - 1)
		keep_rows(&run->results[i], run->cxt);
}

static void run_undoable_steps(ProgramRun *run, int first_step);

/*
 * Run steps first..last in order (see run_step); an undoable range among
 * them runs in a subtransaction when the step it depends on is to run.
 * Ranges nest (a connectOrCreate inside the create of another).
 */
static pg_noinline void
run_steps(ProgramRun *run, int first, int last)
{
	int			i;

	for (i = first; i <= last; i++)
	{
		QStep	   *step = run->program->steps.items[i];

		if (step->undo_last > 0 &&
			condition_holds(&((QStep *) run->program->steps.items[step->undo_keep_if])->cond, run->results))
		{
			run_undoable_steps(run, i);
			i = step->undo_last;
		}
		else
			run_step(run, i);
	}
}

/* Steps first..last were rolled back: as if they had not run. */
static pg_noinline void
forget_steps(ProgramRun *run, int first, int last)
{
	int			i;

	for (i = first; i <= last; i++)
		run->results[i].ran = false;
}

/*
 * Run steps first..last (first->undo_last) in a subtransaction, and roll
 * it back unless step undo_keep_if returned rows: the steps are then as
 * if they had not run.  An error rolls it back and goes on up.
 */
static void
run_undoable_steps(ProgramRun *run, int first_step)
{
	volatile int first = first_step;
	QStep	   *head = run->program->steps.items[first_step];
	ResourceOwner owner = CurrentResourceOwner;
	MemoryContext cxt = CurrentMemoryContext;
	text	   *result = run->result;
	uint64		count = run->count;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		run_step(run, first);
		run_steps(run, first + 1, head->undo_last);
		if (run->results[head->undo_keep_if].nrows > 0)
			ReleaseCurrentSubTransaction();
		else
		{
			/* as if the steps had not run: their rows, count and result too */
			RollbackAndReleaseCurrentSubTransaction();
			forget_steps(run, first, head->undo_last);
			run->result = result;
			run->count = count;
		}
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(run->cxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		ReThrowError(edata);
	}
	PG_END_TRY();
}

/*
 * Run a program: its steps in order (run_steps).  Returns the result
 * step's JSON (NULL when it found no row); *count receives the rows of the
 * counting steps.
 */
static text *
run_program(PslSchema *schema, QProgram *program, uint64 *count)
{
	ProgramRun	run;

	run.schema = schema;
	run.program = program;
	run.results = palloc0(sizeof(StepResult) * (program->steps.len + 1));
	run.cxt = CurrentMemoryContext;
	run.result = NULL;
	run.count = 0;
	SPI_connect();
	run_steps(&run, 0, program->steps.len - 1);
	SPI_finish();
	*count = run.count;
	return run.result;
}

/* Run a compiled document; its JSON result. */
static text *
run_compiled(PslSchema *schema, QDocument *doc, QProgram *program)
{
	uint64		count;
	text	   *result = run_program(schema, program, &count);

	switch (doc->action->result)
	{
		case QRESULT_COUNT:
			return cstring_to_text(psprintf("{\"count\":" UINT64_FORMAT "}", count));
		case QRESULT_OBJECT:
			if (result == NULL)
				query_raise_not_found(doc);
			return result;
		case QRESULT_OBJECT_OR_NULL:
			return result ? result : cstring_to_text("null");
		case QRESULT_LIST:
			return result ? result : cstring_to_text("[]");
	}
	return result;
}

/* Run one document; its JSON result. */
static text *
run_document(PslSchema *schema, PslArena *arena, struct json_t *doc_json)
{
	QDocument  *doc;
	QProgram   *program = compile_document(schema, arena, doc_json, &doc, true);

	return run_compiled(schema, doc, program);
}

/*
 * prisma.query(doc text) returns json
 *		A document of a kept shape is looked up from its text; any other is
 *		parsed with jansson first.
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
	QDocument  *doc;
	QProgram   *program;

	check_document_size(len);
	schema = active_schema();
	program = query_shape_lookup_text(VARDATA_ANY(t), len, &doc);
	if (program != NULL)
	{
		if (prisma_log_sql)
			log_program(program);
		PG_RETURN_TEXT_P(run_compiled(schema, doc, program));
	}
	arena = psl_arena_create();
	root = query_load_json(VARDATA_ANY(t), len);
	nbatch = query_batch_size(root);
	if (nbatch >= 0)
	{
		/* a batch: every document in order, all in this transaction */
		StringInfoData out;
		int			i;

		query_init_text_buffer(&out);
		appendStringInfoChar(&out, '[');
		for (i = 0; i < nbatch; i++)
		{
			text	   *one;

			CHECK_FOR_INTERRUPTS();
			if (i > 0)
				appendStringInfoChar(&out, ',');
			one = run_document(schema, arena, query_batch_item(root, i));
			query_append_json(&out, PointerGetDatum(one), false);
		}
		appendStringInfoChar(&out, ']');
		PG_RETURN_TEXT_P(query_text_buffer_result(&out));
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
	QProgram   *program;
	StringInfoData out;
	int			s;

	check_document_size(len);
	schema = active_schema();
	program = compile_document(schema, psl_arena_create(), query_load_json(VARDATA_ANY(t), len),
							   &doc, false);
	initStringInfo(&out);
	SPI_connect();
	for (s = 0; s < program->steps.len; s++)
	{
		QStep	   *step = program->steps.items[s];
		QStatement *st = step->st;
		Oid		   *types = palloc(sizeof(Oid) * (st->nparams + 1));
		Datum	   *values = palloc(sizeof(Datum) * (st->nparams + 1));
		char	   *nulls = palloc(st->nparams + 1);
		uint64		row;
		int			i;

		if (program->steps.len > 1)
			appendStringInfo(&out, "%s-- step %d\n", s ? "\n" : "", s + 1);
		if (step->undo_last > 0)
			appendStringInfo(&out, "-- steps %d to %d run in a subtransaction, undone unless step %d returns rows\n",
							 s + 1, step->undo_last + 1, step->undo_keep_if + 1);
		appendStringInfo(&out, "%s\n", st->sql.data);
		for (i = 0; i < st->nparams; i++)
		{
			if (st->refs[i])
				appendStringInfo(&out, "-- $%d = (column %d of step %d)\n", i + 1,
								 st->refs[i]->column + 1, st->refs[i]->steps[0] + 1);
			else
				appendStringInfo(&out, "-- $%d = %s\n", i + 1,
								 st->params[i] ? quote_literal_cstr(st->params[i]) : "NULL");
			types[i] = TEXTOID;
			nulls[i] = st->params[i] && !st->refs[i] ? ' ' : 'n';
			values[i] = nulls[i] == ' ' ? CStringGetTextDatum(st->params[i]) : (Datum) 0;
		}
		if (SPI_execute_with_args(psprintf("EXPLAIN %s", st->sql.data), st->nparams, types,
								  values, nulls, false, 0) != SPI_OK_UTILITY)
			elog(ERROR, "prisma_ext: EXPLAIN failed");
		appendStringInfoString(&out, "\n");
		for (row = 0; row < SPI_processed; row++)
			appendStringInfo(&out, "%s\n", SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, 1));
	}
	SPI_finish();
	PG_RETURN_TEXT_P(cstring_to_text(out.data));
}
