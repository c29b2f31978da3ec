/*
 * query_shape_cache.c
 *		Compiled reads kept by the shape of their document, per backend, in
 *		a bounded LRU: a document of a known shape skips validation and
 *		compilation and only binds its values.
 *
 * A document's shape (query_shape.c) is its JSON with every string and
 * number replaced by its JSON type, and its leaves are those strings and
 * numbers.  While a document of a new shape is validated, query_value
 * notes which leaf each value is the plain text of (QValue.source, only
 * where that text is the leaf as it stands and no check can fail for
 * another leaf of the same JSON type: a String from a string, an Int from
 * an integer, ...), and query_param_sql carries the note to the parameter.  The compiled
 * program is kept when it is one read statement without references.
 *
 * A document is first looked up from its text, without jansson
 * (query_shape_lookup_text, for a plain document); any other document,
 * and any miss, takes the jansson path, which also stores new shapes.
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

/*
 * A document's leaves, from its jansson tree or from its text: the i-th
 * leaf's text (palloc'd), and whether it equals a kept leaf.
 */
typedef struct LeafSource
{
	char	   *(*text) (const void *leaves, int i);
	bool		(*equals) (const void *leaves, int i, json_t *kept);
	const void *leaves;
} LeafSource;

static char *
tree_leaf_text(const void *leaves, int i)
{
	return query_leaf_text(((json_t *const *) leaves)[i]);
}

static bool
tree_leaf_equals(const void *leaves, int i, json_t *kept)
{
	return json_equal(kept, ((json_t *const *) leaves)[i]);
}

/* Does the document match the kept entry: same shape, same fixed leaves? */
static bool
entry_matches(ShapeEntry *e, const char *key, int keylen, int nleaves, const LeafSource *src)
{
	int			i;

	if (e->keylen != keylen || memcmp(e->key, key, keylen) != 0 ||
		e->max_depth != prisma_max_depth || e->nleaves != nleaves)
		return false;
	for (i = 0; i < e->nleaves; i++)
		if (!e->leaves[i].source && !src->equals(src->leaves, i, e->leaves[i].value))
			return false;
	return true;
}

/* The program of a matching entry, with the document's own values bound. */
static QProgram *
instantiate(ShapeEntry *e, const LeafSource *src, QDocument **doc_out)
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
		st->params[i] = e->sources[i] ? src->text(src->leaves, e->sources[i] - 1)
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

/* The matching entry for a key and its leaves, moved to the front; or NULL. */
static ShapeEntry *
find_entry(uint64 hash, const char *key, int keylen, int nleaves, const LeafSource *src)
{
	ShapeEntry *e;
	bool		found;

	if (shape_table == NULL)
		shape_cache_init();
	e = hash_search(shape_table, &hash, HASH_FIND, &found);
	if (!found || !entry_matches(e, key, keylen, nleaves, src))
		return NULL;
	dlist_move_head(&shape_lru, &e->lru);
	return e;
}

/*
 * Work out the document's shape into *shape and return the kept program
 * for it, bound to the document's values, or NULL.
 */
QProgram *
query_shape_lookup(json_t *doc_json, QShape *shape, QDocument **doc_out)
{
	LeafSource	src = {tree_leaf_text, tree_leaf_equals, shape->leaves};
	ShapeEntry *e;

	query_shape_of_tree(shape, doc_json);
	if (!shape->cacheable || prisma_plan_cache_size <= 0)
	{
		shape->cacheable = false;
		return NULL;
	}
	e = find_entry(shape->hash, shape->key.data, shape->key.len, shape->nleaves, &src);
	if (e == NULL)
	{
		stat_misses++;
		return NULL;
	}
	stat_hits++;
	return instantiate(e, &src, doc_out);
}

static char *
text_leaf_text(const void *leaves, int i)
{
	return query_text_shape_leaf(leaves, i);
}

static bool
text_leaf_equals(const void *leaves, int i, json_t *kept)
{
	return query_text_shape_leaf_equals(leaves, i, kept);
}

/*
 * The kept program for a plain document's text, bound to its values, or
 * NULL (not plain, or not kept): the caller then parses it with jansson.
 * Its key and leaves are the ones walk_shape finds in jansson's tree of
 * the same text, so a hit here is a hit there.
 */
QProgram *
query_shape_lookup_text(const char *text, int len, QDocument **doc_out)
{
	QTextShape *ts;
	LeafSource	src = {text_leaf_text, text_leaf_equals, NULL};
	ShapeEntry *e;

	if (prisma_plan_cache_size <= 0 || shape_count == 0)
		return NULL;
	ts = palloc(sizeof(QTextShape));
	if (!query_shape_of_text(ts, text, len))
		return NULL;
	src.leaves = ts;
	e = find_entry(ts->hash, ts->key.data, ts->key.len, ts->nleaves, &src);
	if (e == NULL)
		return NULL;			/* counted as a miss by the jansson path */
	stat_hits++;
	return instantiate(e, &src, doc_out);
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
