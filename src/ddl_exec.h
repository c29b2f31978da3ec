/*
 * ddl_exec.h
 *		Running migration steps in the backend (ddl_exec.c).
 */
#ifndef DDL_EXEC_H
#define DDL_EXEC_H

#include "migrate.h"

/*
 * Pin the settings migration statements run under (search_path starting
 * with pg_catalog and ending with pg_temp, standard_conforming_strings on);
 * returns the GUC nest level to pass to ddl_unpin_settings.
 */
extern int	ddl_pin_settings(void);
extern void ddl_unpin_settings(int nest);

/* The row counter of the destructive-change checks (ctx: a PslArena). */
extern long long ddl_count_rows(void *ctx, MigrateCount what, const char *schema,
								const char *table, const char *column);

/* Run the statements of every step through SPI (inside SPI_connect). */
extern void ddl_execute_steps(PslVec *steps);

#endif							/* DDL_EXEC_H */
