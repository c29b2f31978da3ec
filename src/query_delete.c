/*
 * query_delete.c
 *		delete and deleteMany -> write programs.
 *
 * delete builds the JSON of the record (with its relations, read before
 * they cascade away) and its link columns in one step, then deletes it by
 * its identity.  Referential actions run in the database through the
 * foreign keys.
 */
#include "postgres.h"

#include "query_write_sql.h"

#define NOT_FOUND_FOR_DELETE "An operation failed because it depends on one or more records that were required but not found. No record was found for a delete."

/* delete: the record's JSON, then the DELETE. */
QProgram *
query_compile_delete(QDocument *doc)
{
	WCompiler  *w = w_new(doc);
	QStatement *st = w_statement(w);
	PslModel   *m = doc->model;
	PslVec	   *columns = query_selection_columns(w->arena, doc->read);
	PslVec	   *link = w_link_fields(w, m);
	StringInfoData rows,
				extra;
	WTarget		t = {0};
	WTarget		self = {0};
	int			i,
				found;

	initStringInfo(&rows);
	initStringInfo(&extra);
	appendStringInfoString(&rows, "SELECT ");
	for (i = 0; i < columns->len; i++)
		appendStringInfo(&rows, "%s, ", query_column_sql("r0", columns->items[i]));
	for (i = 0; i < link->len; i++)
	{
		appendStringInfo(&rows, "%s%s AS \"__k%d\"", i ? ", " : "", query_column_sql("r0", link->items[i]), i + 1);
		appendStringInfo(&extra, ", r0.\"__k%d\"", i + 1);
	}
	appendStringInfo(&rows, " FROM %s r0 WHERE ", query_table_sql(m));
	t.where = doc->write->where;
	w_target_sql(w, st, &rows, &t, m, "r0");
	query_selection_json(st, &st->sql, doc->read, "r0", rows.data, extra.data, &w->next_alias);
	found = w_step(w, st, m, w_always());
	w_check(w, found, QCHECK_FOUND, NOT_FOUND_FOR_DELETE);
	w->program->result_step = found;

	self.keys = w_record(w, m, found, 1);
	w_emulate_delete(w, m, &self, w_always());
	w_check(w, w_delete(w, m, &self, w_always(), false, 0), QCHECK_FOUND, NOT_FOUND_FOR_DELETE);
	return w_program(w);
}

/* deleteMany: one DELETE (with limit, the first rows by identity). */
QProgram *
query_compile_delete_many(QDocument *doc)
{
	WCompiler  *w = w_new(doc);
	WTarget		t = {0};
	WTarget    *target;
	bool		has_limit = doc->write->has_limit;
	int			step;

	t.where = doc->write->where;
	/* with emulation: the referring rows of exactly the rows deleted */
	target = w_limited_target(w, doc->model, &t, doc->emulate_relations, &has_limit, doc->write->limit);
	w_emulate_delete(w, doc->model, target, w_always());
	step = w_delete(w, doc->model, target, w_always(), has_limit, doc->write->limit);
	w_count_rows(w, step);
	return w_program(w);
}
