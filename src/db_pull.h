/*
 * db_pull.h
 *		Introspection of the live tables (db_pull.c), for db_pull itself and
 *		for everything that diffs against the live database: db_push,
 *		migrate_diff from or to the database, and drift detection.
 */
#ifndef DB_PULL_H
#define DB_PULL_H

#include "prisma_ext.h"

struct ArrayType;

/*
 * The live tables of schemas (text[]) as a Prisma schema, as db_pull prints
 * it; multi_schema adds `schemas` and @@schema.
 */
extern char *db_pull_schema(struct ArrayType *schemas, bool multi_schema);

/*
 * The live tables of those of schemas that exist, parsed for the migration
 * engine; NULL when none exists (a schema that does not exist is one to
 * create).  When what db_pull printed does not validate: an error when
 * valid is NULL, else *valid = false and NULL.
 */
extern PslSchema *db_pull_load(PslArena *arena, struct ArrayType *schemas,
							   bool multi_schema, bool *valid);

/*
 * The schemas a Prisma schema manages: its datasource's `schemas`, or its
 * default schema (public when schema is NULL), as text[].
 */
extern struct ArrayType *managed_schemas(PslSchema *schema);

#endif							/* DB_PULL_H */
