/*
 * migration_records.h
 *		The migration records in prisma.migrations (migration_records.c).
 */
#ifndef MIGRATION_RECORDS_H
#define MIGRATION_RECORDS_H

#include "postgres.h"
#include "nodes/pg_list.h"

#include "psl_schema.h"

typedef enum MigrationState
{
	MIGRATION_PENDING,			/* recorded, not started (create_only) */
	MIGRATION_APPLIED,
	MIGRATION_FAILED,			/* started, neither finished nor rolled back */
	MIGRATION_ROLLED_BACK
} MigrationState;

typedef struct Migration
{
	char	   *id;
	char	   *name;
	char	   *checksum;		/* SHA-256 of the script, hex */
	char	   *script;
	char	   *schema;			/* the Prisma schema after it; NULL: unknown */
	MigrationState state;
} Migration;

/* SHA-256 of a script, in hex, as Prisma checksums migration.sql. */
extern char *migration_checksum(const char *script);

/* Every record (Migration *), by name, then by when it was recorded. */
extern List *migration_records(void);
/* The newest record of that name, or NULL. */
extern Migration *migration_find(List *records, const char *name);

/* A new record: started now (start), or pending. */
extern Migration *migration_record(const char *name, const char *script, const char *schema,
								   bool start);
/* Start a pending record, with the script (and schema) it runs. */
extern void migration_start(Migration *m, const char *script, const char *schema);
/*
 * Finished: steps statements ran.  accept_history (migrate_resolve
 * applied): the DDL history up to now is accounted for, drift included.
 */
extern void migration_finish(Migration *m, int steps, bool accept_history);
extern void migration_fail(Migration *m, const char *logs);
extern void migration_roll_back(Migration *m);
extern void migration_forget_all(void);

/*
 * Run a migration in a subtransaction: its qualified steps, or (steps
 * NULL) its script with unqualified names in default_schema.  Returns
 * NULL, or Prisma's log of the error after rolling the migration back.
 */
extern char *migration_run(Migration *m, const char *via, PslVec *steps,
						   const char *default_schema, int *statements);

/*
 * DDL outside migrations since the last accepted point (migrate_resolve
 * applied, migrate_reset) on managed objects, one line each; none when
 * the live tables still match what the migrations made.
 */
extern List *migration_drift(PslSchema *active);

#endif							/* MIGRATION_RECORDS_H */
