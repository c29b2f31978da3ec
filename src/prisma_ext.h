/*
 * prisma_ext.h
 *		Backend-side declarations shared by the extension's modules.
 */
#ifndef PRISMA_EXT_H
#define PRISMA_EXT_H

#include "postgres.h"

#include "psl_schema.h"

/* GUC: largest schema text accepted, in bytes */
extern int	prisma_max_schema_bytes;

/*---- prisma_ext.c ----*/

/*
 * Parse and validate schema text into arena; raise an ERROR listing every
 * problem (42601 for syntax errors, 22023 for validation errors).
 * Warnings are returned through *warnings when it is not NULL.
 */
extern PslSchema *psl_load_or_error(PslArena *arena, const char *source, int len,
									char **warnings);

/*---- catalog.c ----*/

/* The active schema's source text, or NULL when none was pushed. */
extern char *catalog_active_source(void);

/* Replace the catalog contents with this schema. */
extern void catalog_write(PslSchema *schema, const char *source);

/* OID of prisma.active_schema (for cache invalidation). */
extern Oid	catalog_active_schema_relid(void);

/*---- schema_cache.c ----*/

/*
 * The parsed active schema, cached per backend until the catalog changes.
 * NULL when no schema has been pushed.
 */
extern PslSchema *schema_cache_get(void);

/* Bumped whenever the cached schema is reloaded (valid after schema_cache_get). */
extern uint64 schema_cache_generation(void);

/* Register the invalidation callbacks; called from _PG_init. */
extern void schema_cache_init(void);

/* Drop the cached schema in every backend at commit. */
extern void schema_cache_invalidate_all(void);

#endif							/* PRISMA_EXT_H */
