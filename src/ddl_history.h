/*
 * ddl_history.h
 *		The DDL history (ddl_history.c) and introspection
 *		(db_pull.c), shared by the migrate functions.
 */
#ifndef DDL_HISTORY_H
#define DDL_HISTORY_H

#include "postgres.h"

/* a migration's id: a UUID's text */
#define MIGRATION_ID_LEN 36

/* Prisma Migrate's advisory lock key, so prisma_ext and the Prisma CLI serialize */
#define MIGRATE_ADVISORY_LOCK 72707369

/*
 * What runs now, for the history: via is "migrate_dev", "db_push"...,
 * migration_id the migration's id or NULL.  Cleared at transaction end.
 */
extern void history_set_context(const char *via, const char *migration_id);
/* The statement being executed (NULL: the client's own statement). */
extern void history_set_statement(char *sql);
extern char *history_current_statement(void);
/* The newest history entry's id (0: none). */
extern int64 history_last_id(void);

/* Act as the owner of the history tables, and back. */
typedef struct HistoryOwner
{
	Oid			user;
	int			sec_context;
	int			guc_nest;		/* search_path pinned to pg_catalog meanwhile */
} HistoryOwner;
extern void history_as_owner(HistoryOwner *saved);
extern void history_restore_user(HistoryOwner *saved);

#endif							/* DDL_HISTORY_H */
