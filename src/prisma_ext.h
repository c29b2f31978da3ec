/*
 * prisma_ext.h
 *		Backend-side declarations shared by the extension's modules.
 *
 * Name resolution in the SQL prisma_ext runs
 * ------------------------------------------
 * Every statement prisma_ext builds means the same thing whatever the
 * caller's search_path, so a role that can create objects in a schema on
 * that path cannot make prisma_ext use them (the CVE-2018-1058 class):
 *   - tables, enum types, indexes and sequences are named with the schema
 *     the catalog gives them ("public"."User"), never left to the path;
 *   - built-in functions, operators and types are written with pg_catalog:
 *     pg_catalog.json_agg(...), a OPERATOR(pg_catalog.=) b,
 *     x::pg_catalog.text.  Keyword syntax that PostgreSQL itself binds to
 *     pg_catalog (COALESCE, AT TIME ZONE, IS NULL, CASE WHEN, EXISTS) may
 *     stay, but not forms that look operators up by name (LIKE, ILIKE,
 *     ||, "CASE x WHEN", "= ANY"): they are written with OPERATOR();
 *   - an extension's type is named with the schema its extension is in,
 *     and so are its operators (citext: query_columns.c);
 *   - the extension's own functions are prisma.f (the schema is fixed).
 * The query engine follows this in query_columns.c, query_sql.c and
 * query_filter_sql.c; catalog.c in its statements.  Migration DDL keeps
 * Prisma's text, so it is rendered with every object name qualified
 * (MS_NAMES_QUALIFIED) and runs under pinned settings (ddl_exec.c) that
 * resolve the built-in type names it leaves bare to pg_catalog.
 * test: sql/security_search_path.sql plants a shadow of every pg_catalog
 * function, operator and type ahead of pg_catalog and runs every feature.
 */
#ifndef PRISMA_EXT_H
#define PRISMA_EXT_H

#include "postgres.h"

#include "storage/lockdefs.h"

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
/* Empty the catalog: no schema is active. */
extern void catalog_clear(void);

/* OID of prisma.active_schema (for cache invalidation). */
/* The relation prisma.<name> of the extension, or InvalidOid. */
extern Oid	catalog_relid(const char *name);
extern Oid	catalog_active_schema_relid(void);

/*---- schema_cache.c ----*/

/*
 * The parsed active schema, cached per backend until the catalog changes.
 * NULL when no schema has been pushed.  schema_cache_acquire locks the
 * catalog first (AccessShareLock to read with it, AccessExclusiveLock to
 * replace it), so the schema it returns holds until the transaction ends;
 * schema_cache_get takes no lock (statistics only).
 */
extern PslSchema *schema_cache_acquire(LOCKMODE mode);
extern PslSchema *schema_cache_get(void);

/* Bumped whenever the cached schema is reloaded (valid after schema_cache_get). */
extern uint64 schema_cache_generation(void);

/* Register the invalidation callbacks; called from _PG_init. */
extern void schema_cache_init(void);

/* Drop the cached schema in every backend at commit. */
extern void schema_cache_invalidate_all(void);

#endif							/* PRISMA_EXT_H */
