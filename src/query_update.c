/*
 * query_update.c
 *		update, updateMany, updateManyAndReturn and upsert -> write
 *		programs, and the update of one record with its nested writes,
 *		which nested updates and upserts reuse.
 *
 * An update without nested writes is one UPDATE ... RETURNING.  With
 * nested writes the record is found (and locked) first, so that the
 * nested writes can reach the records it points to through the foreign
 * keys it had.  An upsert is a native INSERT ... ON CONFLICT DO UPDATE
 * when Prisma's conditions hold (query_write.c decides); otherwise a
 * sequence that cannot race into P2002: find and lock, else insert
 * skipping a conflict, else find and lock again (the row a concurrent
 * transaction inserted), else insert and report the conflict.
 */
#include "postgres.h"

#include "miscadmin.h"

#include "query_write_sql.h"

#define NOT_FOUND_FOR_UPDATE "An operation failed because it depends on one or more records that were required but not found. No record was found for an update."

/*
 * Update the one record `t` finds with data d and its nested writes; its
 * record after the update.  missing: the P2025 text when it is not found
 * (NULL: the caller knows it exists).
 */
WRecord *
w_update_record(WCompiler *w, QData *d, WTarget *t, QCondition cond, const char *missing)
{
	PslModel   *m = d->model;
	PslVec		links = {0};
	WRecord    *before,
			   *rec;
	WTarget		self = {0};
	int			step;

	CHECK_FOR_INTERRUPTS();
	if (d->nested.len == 0 && d->assigns.len > 0 && !w_emulate_update_needed(w, d))
	{
		step = w_update(w, m, &d->assigns, NULL, t, cond, false, 0);
		if (missing)
			w_check(w, step, QCHECK_FOUND, missing);
		return w_record(w, m, step, 0);
	}
	step = w_select(w, m, t, cond, true);
	if (missing)
		w_check(w, step, QCHECK_FOUND, missing);
	before = w_record(w, m, step, 0);
	w_nested_owned(w, d, before, w_when(before), &links);
	rec = before;
	if (d->assigns.len > 0 || links.len > 0)
	{
		self.keys = before;
		rec = w_record(w, m, w_update(w, m, &d->assigns, &links, &self, w_when(before), false, 0), 0);
		w_emulate_update(w, d, before, rec, w_when(rec));
	}
	w_nested_children(w, d, rec, false);
	w_nested_owned_after(w, d, before, w_when(rec));
	return rec;
}

/* update: the record, then its JSON. */
QProgram *
query_compile_update(QDocument *doc)
{
	WCompiler  *w = w_new(doc);
	WTarget		t = {0};

	t.where = doc->write->where;
	w_result(w, w_update_record(w, doc->write->data, &t, w_always(), NOT_FOUND_FOR_UPDATE), false);
	return w_program(w);
}

/* updateMany / updateManyAndReturn: one UPDATE (with limit, the first rows by identity). */
QProgram *
query_compile_update_many(QDocument *doc)
{
	WCompiler  *w = w_new(doc);
	QWrite	   *wr = doc->write;
	WTarget		t = {0};
	WTarget    *target;
	bool		has_limit = wr->has_limit;
	int			step;

	t.where = wr->where;
	/* with emulation: the referring rows of exactly the rows updated */
	target = w_limited_target(w, doc->model, &t, w_emulate_update_needed(w, wr->data), &has_limit,
							  wr->limit);
	w_emulate_update_many(w, wr->data, target);
	if (wr->data->assigns.len == 0)
		/* nothing to write: the rows are still counted (and returned), as in Prisma */
		step = w_select_many(w, doc->model, target, has_limit, wr->limit);
	else
		step = w_update(w, doc->model, &wr->data->assigns, NULL, target, w_always(), has_limit,
						wr->limit);
	w_count_rows(w, step);
	if (doc->action->result == QRESULT_LIST)
		w_result(w, w_record(w, doc->model, step, 0), true);
	return w_program(w);
}

/* upsert: native, or the race-free sequence. */
QProgram *
query_compile_upsert(QDocument *doc)
{
	WCompiler  *w = w_new(doc);
	QWrite	   *wr = doc->write;
	WTarget		t = {0};
	WTarget		found = {0};
	WRecord    *rec;
	WRecord    *created;
	QCondition	cond;
	int			first,
				start,
				again;

	if (wr->native_upsert && !w_emulate_update_needed(w, wr->data))
	{
		w_result(w, w_record(w, doc->model, w_upsert(w, wr->create, &wr->data->assigns,
													 wr->conflict_field), 0), false);
		return w_program(w);
	}
	t.where = wr->where;
	/* 1. the record exists: update it */
	first = w_select(w, doc->model, &t, w_always(), true);
	found.keys = w_record(w, doc->model, first, 0);
	rec = w_update_record(w, wr->data, &found, w_when(found.keys), NULL);
	/*
	 * 2. else create it, unless a concurrent transaction just did; then the
	 * records it points to, created first, are undone with it
	 */
	cond = w_unless(w_always(), first);
	start = w->program->steps.len;
	created = w_create_record(w, wr->create, NULL, cond, true);
	if (created->steps[0] > start)
		w_undo_unless_rows(w, start, w->program->steps.len - 1, created->steps[0]);
	rec = w_record_either(w, rec, created);
	/* 3. which it did: update that one */
	cond = w_unless(cond, rec->steps[rec->nsteps - 1]);
	again = w_select(w, doc->model, &t, cond, true);
	found.keys = w_record(w, doc->model, again, 0);
	rec = w_record_either(w, rec, w_update_record(w, wr->data, &found, w_when(found.keys), NULL));
	/* 4. a conflict on another unique constraint: create, raising P2002 */
	rec = w_record_either(w, rec, w_create_record(w, wr->create, NULL, w_unless(cond, again), false));
	w_result(w, rec, false);
	return w_program(w);
}
