/*
 * query_plan_cache.c
 *		Prepared plans of compiled statements, per backend, in a bounded LRU.
 *
 * The key is the SQL text: two documents of the same shape (same model,
 * arguments and selection, different values) compile to the same text
 * with different parameters, so they share a plan.  Plans are prepared
 * with SPI_prepare, kept with SPI_keepplan and live in a memory context
 * under CacheMemoryContext; at most prisma.plan_cache_size are kept, the
 * least recently used one is freed first.  When the schema changes the
 * whole cache is dropped (lazily, at the next lookup, because
 * invalidation callbacks must not free plans).  PostgreSQL itself
 * replans a kept plan whose tables change.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/ilist.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "query.h"

typedef struct PlanEntry
{
	uint64		hash;			/* key: hash of the SQL text */
	char	   *sql;			/* to tell collisions apart */
	SPIPlanPtr	plan;
	dlist_node	lru;			/* most recently used first */
} PlanEntry;

static MemoryContext PlanCacheContext = NULL;
static HTAB *plan_table = NULL;
static dlist_head plan_lru = DLIST_STATIC_INIT(plan_lru);
static int	plan_count = 0;
static bool plan_cache_stale = false;

static int64 stat_hits = 0;
static int64 stat_misses = 0;
static int64 stat_evictions = 0;

int			prisma_plan_cache_size = 256;

/* Free every plan and start over. */
static void
plan_cache_reset(void)
{
	dlist_mutable_iter it;

	dlist_foreach_modify(it, &plan_lru)
	{
		PlanEntry  *e = dlist_container(PlanEntry, lru, it.cur);

		SPI_freeplan(e->plan);
	}
	dlist_init(&plan_lru);
	plan_count = 0;
	if (PlanCacheContext)
		MemoryContextReset(PlanCacheContext);
	plan_table = NULL;
	plan_cache_stale = false;
}

void
query_plan_cache_mark_stale(void)
{
	plan_cache_stale = true;
}

/* Create the hash table (after a reset too). */
static void
plan_cache_init(void)
{
	HASHCTL		ctl;

	if (PlanCacheContext == NULL)
		PlanCacheContext = AllocSetContextCreate(CacheMemoryContext,
												 "prisma_ext plan cache",
												 ALLOCSET_DEFAULT_SIZES);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(uint64);
	ctl.entrysize = sizeof(PlanEntry);
	ctl.hcxt = PlanCacheContext;
	plan_table = hash_create("prisma_ext plans", 256, &ctl,
							 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* Drop the least recently used plan. */
static void
evict_one(void)
{
	PlanEntry  *victim;
	bool		found;

	if (dlist_is_empty(&plan_lru))
		return;
	victim = dlist_container(PlanEntry, lru, dlist_tail_node(&plan_lru));
	dlist_delete(&victim->lru);
	SPI_freeplan(victim->plan);
	pfree(victim->sql);
	hash_search(plan_table, &victim->hash, HASH_REMOVE, &found);
	plan_count--;
	stat_evictions++;
}

/*
 * The kept plan for sql (with nparams text parameters), prepared now if
 * it is not cached.  Must be called inside SPI_connect.
 */
SPIPlanPtr
query_plan_cache_lookup(const char *sql, int nparams)
{
	uint64		hash = hash_bytes_extended((const unsigned char *) sql, strlen(sql), 0);
	PlanEntry  *e;
	bool		found;
	SPIPlanPtr	plan;
	Oid		   *types;
	int			i;

	if (plan_cache_stale)
		plan_cache_reset();
	if (plan_table == NULL)
		plan_cache_init();
	e = hash_search(plan_table, &hash, HASH_FIND, &found);
	if (found && strcmp(e->sql, sql) == 0)
	{
		stat_hits++;
		dlist_move_head(&plan_lru, &e->lru);
		return e->plan;
	}
	stat_misses++;
	types = palloc(sizeof(Oid) * (nparams + 1));
	for (i = 0; i < nparams; i++)
		types[i] = TEXTOID;
	plan = SPI_prepare(sql, nparams, types);
	if (plan == NULL)
		elog(ERROR, "prisma_ext: SPI_prepare failed (%s) for: %s",
			 SPI_result_code_string(SPI_result), sql);
	if (prisma_plan_cache_size <= 0)
		return plan;			/* caching disabled: a one-shot plan */
	if (found)
	{
		/* a hash collision: the newcomer replaces the old entry */
		dlist_delete(&e->lru);
		SPI_freeplan(e->plan);
		pfree(e->sql);
		hash_search(plan_table, &hash, HASH_REMOVE, &found);
		plan_count--;
	}
	while (plan_count >= prisma_plan_cache_size)
		evict_one();
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "prisma_ext: SPI_keepplan failed");
	e = hash_search(plan_table, &hash, HASH_ENTER, &found);
	e->hash = hash;
	e->sql = MemoryContextStrdup(PlanCacheContext, sql);
	e->plan = plan;
	dlist_push_head(&plan_lru, &e->lru);
	plan_count++;
	return plan;
}

PG_FUNCTION_INFO_V1(prisma_plan_cache_stats);

/*
 * prisma.plan_cache_stats() returns (hits, misses, entries, evictions)
 */
Datum
prisma_plan_cache_stats(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int64GetDatum(stat_hits);
	values[1] = Int64GetDatum(stat_misses);
	values[2] = Int32GetDatum(plan_cache_stale ? 0 : plan_count);
	values[3] = Int64GetDatum(stat_evictions);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls)));
}
