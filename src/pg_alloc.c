/*
 * pg_alloc.c
 *		Route the allocations of the standalone libraries (the PSL code and
 *		jansson) through palloc, so memory follows PostgreSQL's memory
 *		contexts and an ERROR leaks nothing.
 */
#include "postgres.h"

#include <jansson.h>

#include "utils/memutils.h"

#include "pg_alloc.h"
#include "psl_alloc.h"

/* palloc without the 1 GB cap check failing on zero-length requests. */
static void *
pg_hook_malloc(size_t size)
{
	return palloc(size > 0 ? size : 1);
}

static void *
pg_hook_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return palloc(size > 0 ? size : 1);
	return repalloc(ptr, size > 0 ? size : 1);
}

static void
pg_hook_free(void *ptr)
{
	if (ptr != NULL)
		pfree(ptr);
}

/*
 * A block of the arena `owner` in the memory context the arena lives in:
 * an arena created before SPI_connect must not grow into SPI's context,
 * which SPI_finish frees while the arena is still in use.
 */
static void *
pg_hook_malloc_near(void *owner, size_t size)
{
	return MemoryContextAlloc(GetMemoryChunkContext(owner), size > 0 ? size : 1);
}

/* Install palloc-based allocators for PSL and jansson; called once at load. */
void
pg_alloc_install(void)
{
	psl_set_allocator(pg_hook_malloc, pg_hook_realloc, pg_hook_free);
	psl_set_block_allocator(pg_hook_malloc_near);
	json_set_alloc_funcs(pg_hook_malloc, pg_hook_free);
}
