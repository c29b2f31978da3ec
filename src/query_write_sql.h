/*
 * query_write_sql.h
 *		What the write compilers (query_create.c, query_update.c,
 *		query_delete.c, query_nested.c) share: the program being built,
 *		records returned by steps, and the statements of single steps
 *		(query_write_sql.c).
 *
 * Every step that writes or finds a record returns its "link columns":
 * the identity fields and every field a relation of its model is
 * correlated on, so that later steps can refer to the record.
 */
#ifndef QUERY_WRITE_SQL_H
#define QUERY_WRITE_SQL_H

#include "query.h"

typedef struct WCompiler
{
	QDocument  *doc;
	PslArena   *arena;
	QProgram   *program;
	int			next_alias;
} WCompiler;

/*
 * A record some step returned: the link columns of `model`, from column
 * `offset` of the first row of the first of `steps` that returned rows.
 */
typedef struct WRecord
{
	PslModel   *model;
	int			nsteps;
	int		   *steps;
	int			offset;
} WRecord;

/* A column set from a field of a returned record (rec NULL: set to NULL). */
typedef struct WLink
{
	PslField   *column;
	WRecord    *rec;
	PslField   *source;
} WLink;

/*
 * The rows a step targets: those matching `where`, connected through
 * relation field `relation` (of the parent's model) to the record
 * `parent`, with `keys`, the one record `keys` returned, and with
 * `key_rows`, any of the records its steps returned.
 */
typedef struct WTarget WTarget;

struct WTarget
{
	QFilter    *where;
	PslField   *relation;
	WRecord    *parent;
	WRecord    *keys;
	WRecord    *key_rows;
	WRecord    *not_keys;		/* ... except this record */
	PslField   *via;			/* rows related through `via` (a field of the */
	WTarget    *via_target;		/* parent model) to the rows via_target finds */
};

/* query_write_sql.c */
extern WCompiler *w_new(QDocument *doc);
extern PslVec *w_link_fields(WCompiler *w, PslModel *m);
extern QStatement *w_statement(WCompiler *w);
extern int	w_step(WCompiler *w, QStatement *st, PslModel *m, QCondition cond);
extern void w_check(WCompiler *w, int step, QCheck check, const char *message);
extern void w_undo_unless_rows(WCompiler *w, int first, int last, int keep_if);
extern void w_count_rows(WCompiler *w, int step);
extern WRecord *w_record(WCompiler *w, PslModel *m, int step, int offset);
extern WRecord *w_record_either(WCompiler *w, WRecord *a, WRecord *b);
extern QCondition w_always(void);
extern QCondition w_when(WRecord *rec);
extern QCondition w_unless(QCondition base, int step);
extern char *w_ref_sql(WCompiler *w, QStatement *st, WRecord *rec, PslField *f, bool array);
extern char *w_alias(WCompiler *w);
extern char *w_assign_sql(QStatement *st, QAssign *a, const char *alias);
extern void w_returning(WCompiler *w, StringInfo out, PslModel *m, const char *alias);
extern void w_target_sql(WCompiler *w, QStatement *st, StringInfo out, WTarget *t,
						 PslModel *m, const char *alias);
extern void w_links_from(WCompiler *w, PslVec *links, PslField *fk_field, WRecord *parent);
extern int	w_insert(WCompiler *w, QData *d, PslVec *links, QCondition cond, bool skip_conflicts);
extern int	w_insert_rows(WCompiler *w, PslModel *m, PslVec *rows, int from, int to,
						  PslVec *links, QCondition cond, bool skip_conflicts);
extern int	w_select(WCompiler *w, PslModel *m, WTarget *t, QCondition cond, bool lock);
extern int	w_select_many(WCompiler *w, PslModel *m, WTarget *t, bool has_limit, int64 limit);
extern WTarget *w_limited_target(WCompiler *w, PslModel *m, WTarget *t, bool emulate,
								 bool *has_limit, int64 limit);
extern int	w_update(WCompiler *w, PslModel *m, PslVec *assigns, PslVec *links, WTarget *t,
					 QCondition cond, bool has_limit, int64 limit);
extern int	w_upsert(WCompiler *w, QData *create, PslVec *assigns, PslField *conflict);
extern int	w_delete(WCompiler *w, PslModel *m, WTarget *t, QCondition cond,
					 bool has_limit, int64 limit);
extern int	w_result(WCompiler *w, WRecord *rec, bool many);
extern QProgram *w_program(WCompiler *w);
extern char *w_missing_related(PslField *f, const char *operation);

/* query_create.c */
extern WRecord *w_create_record(WCompiler *w, QData *d, PslVec *links, QCondition cond,
								bool skip_conflicts);
extern WRecord *w_create_rows(WCompiler *w, PslModel *m, PslVec *rows, PslVec *links,
							 QCondition cond, bool skip_duplicates);

/* query_update.c */
extern WRecord *w_update_record(WCompiler *w, QData *d, WTarget *t, QCondition cond,
								const char *missing);

/* query_emulate.c */
extern void w_emulate_delete(WCompiler *w, PslModel *m, WTarget *t, QCondition cond);
extern bool w_emulate_update_needed(WCompiler *w, QData *d);
extern void w_emulate_update_many(WCompiler *w, QData *d, WTarget *t);
extern bool w_emulate_field_referenced(PslField *f);
extern void w_emulate_update(WCompiler *w, QData *d, WRecord *before, WRecord *after,
							 QCondition cond);
extern char *w_relation_violation(PslField *fk_field);

/* query_nested.c */
extern bool w_holds_fk(PslField *f);
extern WRecord *w_resolve_parent(WCompiler *w, QNested *n, QCondition cond, WRecord *self);
extern void w_nested_children(WCompiler *w, QData *d, WRecord *rec, bool creating);
extern void w_nested_owned(WCompiler *w, QData *d, WRecord *before, QCondition cond,
						   PslVec *links);
extern void w_nested_owned_after(WCompiler *w, QData *d, WRecord *before, QCondition cond);

#endif							/* QUERY_WRITE_SQL_H */
