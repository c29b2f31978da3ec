/*
 * migrate_int.h
 *		Statement builders shared inside the migration engine
 *		(migrate_render.c defines them, migrate_diff.c uses them).
 */
#ifndef MIGRATE_INT_H
#define MIGRATE_INT_H

#include "migrate.h"

extern char *ms_render_column(PslArena *arena, MsColumn *c);
extern char *ms_render_create_table(PslArena *arena, MsSchema *s, MsTable *t);
extern char *ms_render_create_index(PslArena *arena, MsSchema *s, MsTable *t,
									MsIndex *ix);
extern char *ms_render_add_fk(PslArena *arena, MsSchema *s, MsTable *t,
							  MsForeignKey *fk);
extern char *ms_render_create_enum(PslArena *arena, MsSchema *s, MsEnum *e,
								   const char *name);

#endif							/* MIGRATE_INT_H */
