/*
 * query_shape_cache.c
 *		Compiled reads kept by the shape of their document, per backend, in
 *		a bounded LRU: a document of a known shape skips validation and
 *		compilation and only binds its values.
 *
 * A document's shape is its JSON with every string and number replaced by
 * its JSON type: objects, keys, arrays, booleans and nulls stay.  Its
 * leaves are those strings and numbers, in the same walk order.  While a
 * document of a new shape is validated, query_value notes which leaf each
 * value is the plain text of (QValue.source, only where that text is the
 * leaf as it stands and no check can fail for another leaf of the same
 * JSON type: a String from a string, an Int from an integer, ...), and
 * query_param_sql carries the note to the parameter.  The compiled
 * program is kept when it is one read statement without references.
 *
 * A later document matches an entry when its shape is the same and every
 * leaf that is not a parameter's source is equal to the one compiled (an
 * orderBy direction, a mode, a take, a field name in distinct, a tagged
 * value, ...): everything the validation or the SQL could depend on.  Its
 * program is then the kept statement with the source parameters bound to
 * its own leaves.  Entries hold pointers into the schema, so a new schema
 * drops them all (query_exec.c), and they remember prisma.max_depth,
 * which validation depends on.  At most prisma.plan_cache_size entries
 * are kept.  Writes are never kept: they generate values while compiling.
 * Nor is a program whose SQL needed a catalog lookup beyond the schema
 * (the citext extension's schema, query_catalog_lookups): that can change
 * without a new schema.
 */
#include "postgres.h"

#include <jansson.h>

#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/ilist.h"
#include "access/htup_details.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "query.h"

/* A leaf of a kept shape: a parameter's source, or the value it must have. */
typedef struct ShapeLeaf
{
	bool		source;
	json_t	   *value;			/* not a source: a copy of the compiled leaf */
} ShapeLeaf;

typedef struct ShapeEntry
{
	uint64		hash;			/* key: hash of the shape */
	char	   *key;
	int			keylen;
	int			max_depth;		/* prisma.max_depth when it was validated */
	int			nleaves;
	ShapeLeaf  *leaves;
	const QActionDef *action;
	PslModel   *model;
	QStep		step;			/* the one statement, its parameters below */
	char	   *sql;
	int			nparams;
	char	  **params;			/* constants (NULL: SQL NULL) */
	int		   *sources;		/* 1 + the leaf a parameter takes; 0: the constant */
	bool		read_only;
	dlist_node	lru;			/* most recently used first */
} ShapeEntry;

static MemoryContext ShapeCacheContext = NULL;
static HTAB *shape_table = NULL;
static dlist_head shape_lru = DLIST_STATIC_INIT(shape_lru);
static int	shape_count = 0;

static int64 stat_hits = 0;
static int64 stat_misses = 0;

/* Append a length-prefixed string to the shape key. */
static void
append_counted(StringInfo key, const char *s, size_t len)
{
	uint32		n = (uint32) len;

	appendBinaryStringInfo(key, (const char *) &n, sizeof(n));
	appendBinaryStringInfo(key, s, (int) len);
}

/* Append the shape of v to the key, collecting its leaves. */
static void
walk_shape(QShape *shape, json_t *v)
{
	StringInfo	key = &shape->key;

	switch (json_typeof(v))
	{
		case JSON_OBJECT:
			{
				const char *k;
				size_t		klen;
				json_t	   *member;

				appendStringInfoChar(key, '{');
				json_object_keylen_foreach(v, k, klen, member)
				{
					append_counted(key, k, klen);
					walk_shape(shape, member);
				}
				appendStringInfoChar(key, '}');
				break;
			}
		case JSON_ARRAY:
			{
				size_t		i;

				appendStringInfoChar(key, '[');
				for (i = 0; i < json_array_size(v); i++)
					walk_shape(shape, json_array_get(v, i));
				appendStringInfoChar(key, ']');
				break;
			}
		case JSON_STRING:
		case JSON_INTEGER:
		case JSON_REAL:
			appendStringInfoChar(key, json_is_string(v) ? 's' : json_is_integer(v) ? 'i' : 'r');
			if (shape->nleaves < QSHAPE_MAX_LEAVES)
				shape->leaves[shape->nleaves] = v;
			else
				shape->cacheable = false;
			shape->nleaves++;
			break;
		case JSON_TRUE:
			appendStringInfoChar(key, 't');
			break;
		case JSON_FALSE:
			appendStringInfoChar(key, 'f');
			break;
		case JSON_NULL:
			appendStringInfoChar(key, 'n');
			break;
	}
}

/* Free every entry. */
void
query_shape_cache_reset(void)
{
	dlist_init(&shape_lru);
	shape_count = 0;
	if (ShapeCacheContext)
		MemoryContextReset(ShapeCacheContext);
	shape_table = NULL;
}

/* Create the hash table (after a reset too). */
static void
shape_cache_init(void)
{
	HASHCTL		ctl;

	if (ShapeCacheContext == NULL)
		ShapeCacheContext = AllocSetContextCreate(CacheMemoryContext,
												  "prisma_ext shape cache",
												  ALLOCSET_DEFAULT_SIZES);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(uint64);
	ctl.entrysize = sizeof(ShapeEntry);
	ctl.hcxt = ShapeCacheContext;
	shape_table = hash_create("prisma_ext shapes", 256, &ctl,
							  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* The memory an entry owns, freed. */
static void
free_entry_contents(ShapeEntry *e)
{
	int			i;

	for (i = 0; i < e->nleaves; i++)
		if (e->leaves[i].value)
			json_decref(e->leaves[i].value);
	for (i = 0; i < e->nparams; i++)
		if (e->params[i])
			pfree(e->params[i]);
	pfree(e->key);
	pfree(e->leaves);
	pfree(e->sql);
	pfree(e->params);
	pfree(e->sources);
	if (e->step.check_message)
		pfree((char *) e->step.check_message);
}

/* Remove an entry from the table and the LRU list. */
static void
remove_entry(ShapeEntry *e)
{
	uint64		hash = e->hash;
	bool		found;

	dlist_delete(&e->lru);
	free_entry_contents(e);
	hash_search(shape_table, &hash, HASH_REMOVE, &found);
	shape_count--;
}

/* Does the document match the kept entry: same shape, same fixed leaves? */
static bool
entry_matches(ShapeEntry *e, QShape *shape)
{
	int			i;

	if (e->keylen != shape->key.len || memcmp(e->key, shape->key.data, e->keylen) != 0 ||
		e->max_depth != prisma_max_depth || e->nleaves != shape->nleaves)
		return false;
	for (i = 0; i < e->nleaves; i++)
		if (!e->leaves[i].source && !json_equal(e->leaves[i].value, shape->leaves[i]))
			return false;
	return true;
}

/* The program of a matching entry, with the document's own values bound. */
static QProgram *
instantiate(ShapeEntry *e, QShape *shape, QDocument **doc_out)
{
	QStatement *st = palloc0(sizeof(QStatement));
	QStep	   *step = palloc(sizeof(QStep));
	QProgram   *program = palloc0(sizeof(QProgram));
	QDocument  *doc = palloc0(sizeof(QDocument));
	int			i;

	/* copies: a query run inside this one could evict the entry */
	st->sql.data = pstrdup(e->sql);
	st->sql.len = strlen(e->sql);
	st->sql.maxlen = st->sql.len + 1;
	st->nparams = st->maxparams = e->nparams;
	st->params = palloc(sizeof(char *) * (e->nparams + 1));
	st->refs = palloc0(sizeof(QParamRef *) * (e->nparams + 1));
	for (i = 0; i < e->nparams; i++)
		st->params[i] = e->sources[i] ? query_leaf_text(shape->leaves[e->sources[i] - 1])
			: e->params[i] ? pstrdup(e->params[i]) : NULL;
	*step = e->step;
	step->st = st;
	if (step->check_message)
		step->check_message = pstrdup(step->check_message);
	program->steps.items = palloc(sizeof(void *));
	program->steps.items[0] = step;
	program->steps.len = program->steps.cap = 1;
	program->result_step = 0;
	program->read_only = e->read_only;
	doc->action = e->action;
	doc->model = e->model;
	*doc_out = doc;
	return program;
}

/*
 * Work out the document's shape into *shape and return the kept program
 * for it, bound to the document's values, or NULL.
 */
QProgram *
query_shape_lookup(json_t *doc_json, QShape *shape, QDocument **doc_out)
{
	ShapeEntry *e;
	bool		found;

	initStringInfo(&shape->key);
	shape->nleaves = 0;
	shape->cacheable = prisma_plan_cache_size > 0;
	walk_shape(shape, doc_json);
	if (!shape->cacheable)
		return NULL;
	shape->hash = hash_bytes_extended((const unsigned char *) shape->key.data, shape->key.len, 0);
	if (shape_table == NULL)
		shape_cache_init();
	e = hash_search(shape_table, &shape->hash, HASH_FIND, &found);
	if (!found || !entry_matches(e, shape))
	{
		stat_misses++;
		return NULL;
	}
	stat_hits++;
	dlist_move_head(&shape_lru, &e->lru);
	return instantiate(e, shape, doc_out);
}

/* Can the compiled program be kept for the shape? */
static bool
keepable(QShape *shape, QDocument *doc, QProgram *program)
{
	QStep	   *step;
	int			i;

	if (!shape->cacheable || doc->action->writes || program->steps.len != 1 ||
		program->result_step != 0)
		return false;
	step = program->steps.items[0];
	if (step->cond.nsome != 0 || step->cond.nnone != 0)
		return false;
	for (i = 0; i < step->st->nparams; i++)
		if (step->st->refs[i] != NULL)
			return false;
	return true;
}

/* Keep the program compiled for a document of a new shape. */
void
query_shape_store(QShape *shape, QDocument *doc, QProgram *program)
{
	QStep	   *step;
	QStatement *st;
	ShapeEntry *e;
	MemoryContext old;
	bool		found;
	int			i;

	if (!keepable(shape, doc, program))
		return;
	step = program->steps.items[0];
	st = step->st;
	e = hash_search(shape_table, &shape->hash, HASH_FIND, &found);
	if (found)
		remove_entry(e);		/* other fixed leaves, or a hash collision */
	while (shape_count >= prisma_plan_cache_size && !dlist_is_empty(&shape_lru))
		remove_entry(dlist_container(ShapeEntry, lru, dlist_tail_node(&shape_lru)));

	old = MemoryContextSwitchTo(ShapeCacheContext);
	e = hash_search(shape_table, &shape->hash, HASH_ENTER, &found);
	e->hash = shape->hash;
	e->key = palloc(shape->key.len);
	memcpy(e->key, shape->key.data, shape->key.len);
	e->keylen = shape->key.len;
	e->max_depth = prisma_max_depth;
	e->nleaves = shape->nleaves;
	e->leaves = palloc0(sizeof(ShapeLeaf) * (shape->nleaves + 1));
	e->action = doc->action;
	e->model = doc->model;
	e->step = *step;
	e->step.st = NULL;
	e->step.check_message = step->check_message ? pstrdup(step->check_message) : NULL;
	e->sql = pstrdup(st->sql.data);
	e->nparams = st->nparams;
	e->params = palloc(sizeof(char *) * (st->nparams + 1));
	e->sources = palloc(sizeof(int) * (st->nparams + 1));
	for (i = 0; i < st->nparams; i++)
	{
		e->sources[i] = st->sources[i];
		e->params[i] = st->sources[i] == 0 && st->params[i] ? pstrdup(st->params[i]) : NULL;
		if (st->sources[i])
			e->leaves[st->sources[i] - 1].source = true;
	}
	/* jansson allocates through palloc: the copies live in this context */
	for (i = 0; i < shape->nleaves; i++)
		if (!e->leaves[i].source)
			e->leaves[i].value = json_copy(shape->leaves[i]);
	e->read_only = program->read_only;
	MemoryContextSwitchTo(old);
	dlist_push_head(&shape_lru, &e->lru);
	shape_count++;
}

PG_FUNCTION_INFO_V1(prisma_shape_cache_stats);

/*
 * prisma.shape_cache_stats() returns (hits, misses, entries)
 */
Datum
prisma_shape_cache_stats(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int64GetDatum(stat_hits);
	values[1] = Int64GetDatum(stat_misses);
	values[2] = Int32GetDatum(shape_count);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls)));
}
