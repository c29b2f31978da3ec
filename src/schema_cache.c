/*
 * schema_cache.c
 *		Per-backend cache of the parsed active schema.
 *
 * The first call of schema_cache_get() in a backend reads the source from
 * prisma.active_schema and parses it into a memory context under
 * CacheMemoryContext.  The copy stays until a relcache invalidation
 * arrives for the catalog table (db_push sends one when it rewrites the
 * catalog, see schema_cache_invalidate_all) or for all relations; the
 * next call then parses again.  This mirrors documentdb's metadata cache:
 * a relcache callback on the extension's own catalog.
 *
 * Callers take the schema through schema_cache_acquire, which first locks
 * prisma.active_schema: prisma.query in AccessShareLock, db_push in
 * AccessExclusiveLock.  So pushes serialize, a query never compiles
 * against a schema a concurrent push is replacing (it waits for the push
 * to commit or roll back and then sees the outcome: taking the lock
 * processes the pending invalidations), and a push never starts while a
 * transaction that queried holds the schema it compiled against.  The
 * source is read with the latest snapshot, not the statement's, because
 * the statement may have started before the lock wait.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "storage/lmgr.h"
#include "utils/inval.h"
#include "utils/memutils.h"

#include "prisma_ext.h"

static MemoryContext SchemaCacheContext = NULL;
static PslSchema *cached_schema = NULL;
static bool cache_valid = false;
/* bumped by every invalidation, so one arriving during a load is not lost */
static uint64 inval_count = 0;
static Oid	active_schema_relid = InvalidOid;

/* bumped at every (re)load, so dependent caches can tell */
static uint64 cache_generation = 0;

/* counters for prisma.schema_cache_stats() */
static int64 cache_loads = 0;
static int64 cache_hits = 0;

/* Relcache callback: drop the cache when our catalog (or everything) changes. */
static void
schema_cache_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == active_schema_relid)
	{
		cache_valid = false;
		inval_count++;
		/* the table itself may be gone (DROP EXTENSION): look it up again */
		active_schema_relid = InvalidOid;
	}
}

void
schema_cache_init(void)
{
	CacheRegisterRelcacheCallback(schema_cache_relcache_callback, (Datum) 0);
}

void
schema_cache_invalidate_all(void)
{
	Oid			relid = catalog_active_schema_relid();

	if (OidIsValid(relid))
		CacheInvalidateRelcacheByRelid(relid);
	cache_valid = false;
}

PslSchema *
schema_cache_acquire(LOCKMODE mode)
{
	if (!OidIsValid(active_schema_relid))
		active_schema_relid = catalog_active_schema_relid();
	if (!OidIsValid(active_schema_relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("prisma_ext's catalog table prisma.active_schema is missing"),
				 errhint("Recreate the extension: DROP EXTENSION prisma_ext; CREATE EXTENSION prisma_ext;")));
	/* processes pending invalidations, so a push that just committed is seen */
	LockRelationOid(active_schema_relid, mode);
	return schema_cache_get();
}

PslSchema *
schema_cache_get(void)
{
	char	   *source;
	uint64		inval_before;

	if (cache_valid)
	{
		cache_hits++;
		return cached_schema;
	}
	cache_loads++;

	if (SchemaCacheContext == NULL)
		SchemaCacheContext = AllocSetContextCreate(CacheMemoryContext,
												   "prisma_ext schema cache",
												   ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(SchemaCacheContext);
	cached_schema = NULL;
	active_schema_relid = catalog_active_schema_relid();
	inval_before = inval_count;

	source = catalog_active_source();
	if (source != NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(SchemaCacheContext);
		char	   *copy = pstrdup(source);
		PslArena   *arena = psl_arena_create();

		cached_schema = psl_load_or_error(arena, copy, (int) strlen(copy), NULL);
		MemoryContextSwitchTo(old);
	}
	/* an invalidation during the load means the copy may already be stale */
	cache_valid = inval_count == inval_before;
	cache_generation++;
	return cached_schema;
}

uint64
schema_cache_generation(void)
{
	return cache_generation;
}

PG_FUNCTION_INFO_V1(prisma_schema_cache_stats);

/*
 * prisma.schema_cache_stats() returns (loads, hits, models)
 *		How often this backend parsed the active schema, how often it reused
 *		the cached copy, and how many models the copy has.
 */
Datum
prisma_schema_cache_stats(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	PslSchema  *schema = schema_cache_get();

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int64GetDatum(cache_loads);
	values[1] = Int64GetDatum(cache_hits);
	values[2] = Int32GetDatum(schema ? schema->models.len : 0);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls)));
}
