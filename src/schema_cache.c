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
 */
#include "postgres.h"

#include "utils/inval.h"
#include "utils/memutils.h"

#include "prisma_ext.h"

static MemoryContext SchemaCacheContext = NULL;
static PslSchema *cached_schema = NULL;
static bool cache_valid = false;
static Oid	active_schema_relid = InvalidOid;

/* Relcache callback: drop the cache when our catalog (or everything) changes. */
static void
schema_cache_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == active_schema_relid)
		cache_valid = false;
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
schema_cache_get(void)
{
	char	   *source;

	if (cache_valid)
		return cached_schema;

	if (SchemaCacheContext == NULL)
		SchemaCacheContext = AllocSetContextCreate(CacheMemoryContext,
												   "prisma_ext schema cache",
												   ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(SchemaCacheContext);
	cached_schema = NULL;
	active_schema_relid = catalog_active_schema_relid();

	source = catalog_active_source();
	if (source != NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(SchemaCacheContext);
		char	   *copy = pstrdup(source);
		PslArena   *arena = psl_arena_create();

		cached_schema = psl_load_or_error(arena, copy, (int) strlen(copy), NULL);
		MemoryContextSwitchTo(old);
	}
	cache_valid = true;
	return cached_schema;
}
