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
/* The settings a migration's unqualified text runs under (see ddl_exec.c). */
extern int	ddl_pin_migration_settings(const char *default_schema);
/* The settings catalog text (a default's pg_get_expr) prints the same under. */
extern int	ddl_pin_output_settings(void);
extern void ddl_unpin_settings(int nest);

/* The row counter of the destructive-change checks (ctx: a PslArena). */
extern long long ddl_count_rows(void *ctx, MigrateCount what, const char *schema,
								const char *table, const char *column);

/* Run the statements of every step through SPI (inside SPI_connect). */
extern void ddl_execute_steps(PslVec *steps);

/*
 * Run a migration script through SPI (inside SPI_connect), statement by
 * statement, skipping BEGIN / COMMIT; returns how many ran.
 */
extern int	ddl_execute_script(const char *script);

/* "  • message" lines. */
extern char *ddl_bullet_list(PslVec *messages);

/*
 * Price the destructive-change checks (inside SPI_connect) and refuse:
 * unexecutable steps always, data loss unless accept_data_loss.
 * function names the caller in the messages ("db_push"), retry the call
 * that accepts the loss.
 */
extern void ddl_check_warnings(PslArena *arena, MigrateWarnings *warnings,
							   bool accept_data_loss, const char *function,
							   const char *retry);

#endif							/* DDL_EXEC_H */
